#include <fmt/format.h>

#include <algorithm>

#include "dataset/detail/findings.hpp"

namespace crossfoot::dataset_detail {

finding_kind lane_verdict(const rule_plan& rp, register_file& regs, std::size_t lane) {
  if (!regs.known(rp.prog.result)[lane]) return finding_kind::unknown;
  return (regs.truth(rp.prog.result)[lane] & batch::can_true) ? finding_kind::pass
                                                              : finding_kind::fail;
}

pending_finding rule_finding(const rule_plan& rp, const dataset_plan& plan, register_file& regs,
                             std::size_t lane, finding_kind kind) {
  pending_finding pf;
  const rule& r = *rp.r;
  finding& f = pf.f;
  f.kind = kind;
  f.level = r.level;
  f.rule = r.name;
  f.description = r.description;
  f.check = r.check_text;
  f.rule_range = r.range;
  // The sides the figures path shows (eval/operations.cpp, compare): the first comparison
  // whose operands are known, replaced once by the first that cannot hold.
  bool sides_fail = false;
  for (const comparison_site& site : rp.prog.comparisons) {
    const instruction& in = rp.prog.code[static_cast<std::size_t>(site.instr)];
    if (!regs.known(in.a)[lane] || !regs.known(in.b)[lane]) continue;
    bool fails = !(regs.truth(in.out)[lane] & batch::can_true);
    if (!f.lhs || (fails && !sides_fail)) {
      f.lhs = side{regs.value(in.a, lane), site.lhs_display, site.lhs_text};
      f.rhs = side{regs.value(in.b, lane), site.display, site.rhs_text};
      sides_fail = fails;
    }
  }
  if (kind == finding_kind::fail && f.lhs && f.rhs) f.gap = gap(f.lhs->value, f.rhs->value);
  for (std::size_t k = 0; k < rp.prog.columns.size(); ++k) {
    const number_column& col = plan.numbers[static_cast<std::size_t>(rp.prog.columns[k])];
    int reg = rp.prog.column_register[k];
    pf.cells.push_back(col.csv_column);
    pf.values.push_back(regs.value(reg, lane));
    pf.states.push_back(regs.known(reg)[lane] ? std::uint8_t{stated} : std::uint8_t{missing});
  }
  if (kind == finding_kind::unknown) {
    for (std::size_t k = 0; k < pf.cells.size(); ++k) {
      if (pf.states[k] == stated) continue;
      f.message = fmt::format("{} has no value on this row",
                              plan.header[static_cast<std::size_t>(pf.cells[k])]);
      // The cell without a value comes first: the report points at it.
      std::rotate(pf.cells.begin(), pf.cells.begin() + static_cast<long>(k),
                  pf.cells.begin() + static_cast<long>(k) + 1);
      std::rotate(pf.values.begin(), pf.values.begin() + static_cast<long>(k),
                  pf.values.begin() + static_cast<long>(k) + 1);
      std::rotate(pf.states.begin(), pf.states.begin() + static_cast<long>(k),
                  pf.states.begin() + static_cast<long>(k) + 1);
      break;
    }
  }
  return pf;
}

namespace {

std::string key_text(const std::vector<field>& fields, std::size_t col) {
  return col < fields.size() ? std::string(fields[col].text) : std::string();
}

}  // namespace

finding locate(pending_finding&& pf, const dataset_spec& spec, const dataset_plan& plan,
               const dialect& d) {
  finding f = std::move(pf.f);
  // One line of a large file, keeping its line number: the report shows it with a caret.
  auto src = make_source_part(spec.data, pf.text, static_cast<int>(pf.line));
  std::vector<field> fields;
  std::string scratch;
  split_record(pf.text.data(), pf.text.data() + pf.text.size(), d, fields, scratch);
  auto offset = [&](const char* p) { return static_cast<std::size_t>(p - pf.text.data()); };
  for (int k : plan.key) {
    int csv = plan.codes[static_cast<std::size_t>(k)].csv_column;
    f.bound.push_back({plan.header[static_cast<std::size_t>(csv)],
                       key_text(fields, static_cast<std::size_t>(csv))});
  }
  if (pf.other_row >= 0 && !plan.key.empty()) {  // a repeated key: point at its columns
    auto key_column = [&](std::size_t i) {
      return static_cast<std::size_t>(plan.codes[static_cast<std::size_t>(plan.key[i])].csv_column);
    };
    std::size_t first = key_column(0), last = key_column(plan.key.size() - 1);
    if (first < fields.size() && last < fields.size()) {
      pf.focus_begin = offset(std::min(fields[first].begin, fields[last].begin));
      pf.focus_end = offset(std::max(fields[first].end, fields[last].end));
    }
    std::string key;
    for (const auto& [name, code] : f.bound)
      key += fmt::format("{}{} = {}", key.empty() ? "" : ", ", name, code);
    f.message = fmt::format(
        "the key ({}) is also the key of line {}: keys must be unique; both rows "
        "are checked",
        key, pf.other_line);
  }
  if (pf.rule < 0) {  // a data problem: its place is the cell or the row
    f.rule_range = source_range{src, pf.focus_begin, std::max(pf.focus_end, pf.focus_begin)};
    return f;
  }
  for (std::size_t k = 0; k < pf.cells.size(); ++k) {
    auto col = static_cast<std::size_t>(pf.cells[k]);
    figure_use u;
    u.id = k < pf.ids.size() ? pf.ids[k] : plan.header[col];
    u.claim = 0;
    u.value = pf.values[k];
    int n = plan.number_of(static_cast<int>(col));
    if (n >= 0) u.display = plan.numbers[static_cast<std::size_t>(n)].u;
    u.stated = pf.states[k] == stated;
    if (col < fields.size()) {
      u.written = std::string(fields[col].text);
      u.in_text = source_range{src, offset(fields[col].begin), offset(fields[col].end)};
    }
    f.figures.push_back(u);
  }
  for (auto& u : pf.more) f.figures.push_back(std::move(u));
  return f;
}

}  // namespace crossfoot::dataset_detail
