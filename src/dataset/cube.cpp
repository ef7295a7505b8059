// A cube's rules over the whole table: rows matched by each rule's anchor reference are the
// instances; other references and children() are rows found through one key index over the
// cube's dimensions (a dense array for a cube), read straight from the value column. The rule's
// program runs 512 instances at a time; a children() sum adds one child's cells for all lanes at
// once (num's span additions, outward-rounded as the scalar ones), so a parent of 97 chapters
// costs 97 span additions per 512 parents. Instances are split over the cores.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

#include "dataset/detail/cross_row.hpp"
#include "dataset/detail/cube.hpp"
#include "dataset/detail/findings.hpp"
#include "dataset/detail/number.hpp"

namespace crossfoot::dataset_detail {
namespace {

constexpr std::uint32_t none = dictionary::none;
constexpr long long no_row = -1;

// A pattern's codes in the table's dictionaries.
struct resolved_slot {
  std::uint32_t code = none;  // a literal code; none when the data lacks it
  int var = -1;
  int key = -1;  // the position in the key index; -1 for a fixed segment
};

struct resolved_term {
  std::vector<resolved_slot> slots;
  int parent = -1;                                   // children(): the template position
  std::vector<std::vector<std::uint32_t>> children;  // children(): parent code -> child codes
  aggregate fn = aggregate::sum;
  bool children_term = false;
};

struct lane_buffers {
  double lo[batch_lanes], hi[batch_lanes];
  std::uint8_t open[batch_lanes], known[batch_lanes];
  std::uint32_t rows[batch_lanes];
  std::uint64_t keys[batch_lanes];  // children(): each lane's key with the parent at code 0
  bool found[batch_lanes];
  batch::lanes lanes() { return {lo, hi, open}; }
};

struct part_result {
  rule_tally tally;
  std::vector<pending_finding> findings;
};

class cube_check {
 public:
  cube_check(const dataset_spec& spec, const dataset_plan& plan, const table& t,
             std::size_t kept_per_rule, int threads)
      : spec_(spec), plan_(plan), t_(t), kept_(kept_per_rule), threads_(std::max(1, threads)) {}

  void run(std::vector<rule_tally>& tallies, std::vector<pending_finding>& out,
           const std::function<void()>& rule_done, const key_index* keys) {
    const cube_layout& layout = plan_.cube;
    std::vector<int> columns = cube_index_columns(plan_);
    if (keys && std::is_permutation(columns.begin(), columns.end(), keys->columns().begin(),
                                    keys->columns().end())) {
      index_ = keys;  // the key's index: the same rows by the same codes, in another order
      columns = keys->columns();
    } else {
      own_index_.build(t_, columns);
      index_ = &own_index_;
    }
    // Template position -> key position: the code columns' order in cube_index_columns, or
    // where each is in the key's (a permutation: no column twice).
    int next = 0;
    for (const auto& p : layout.template_) {
      int at = p.code < 0 ? -1 : next++;
      if (p.code >= 0 && index_ == keys)
        at = static_cast<int>(std::find(columns.begin(), columns.end(), p.code) - columns.begin());
      key_of_position_.push_back(at);
    }
    cells_.resize(plan_.numbers.size());
    for (std::size_t k = 0; k < plan_.numbers.size(); ++k) {
      if (t_.keep_number[k]) cells_[k] = t_.cells(k);
    }
    segments_.resize(layout.template_.size());
    for (std::size_t p = 0; p < layout.template_.size(); ++p) segments_[p] = segment_texts(p);
    for (std::size_t i = 0; i < plan_.rules.size(); ++i) {
      const rule_plan& rp = plan_.rules[i];
      if (!rp.cube || !rp.applies || !rp.error.empty()) continue;
      check_rule(static_cast<int>(i), tallies[i], out);
      if (rule_done) rule_done();
    }
  }

 private:
  const dataset_spec& spec_;
  const dataset_plan& plan_;
  const table& t_;
  std::size_t kept_;
  int threads_;
  const key_index* index_ = nullptr;  // own_index_, or the spec's key index
  key_index own_index_;
  std::vector<int> key_of_position_;                // template position -> key position
  std::vector<cell_block> cells_;                   // per number column of the plan
  std::vector<std::vector<std::string>> segments_;  // per position: code -> id segment

  // ---- binding

  std::vector<std::string> segment_texts(std::size_t position) const {
    const auto& pos = plan_.cube.template_[position];
    std::vector<std::string> out;
    if (pos.code < 0) return out;
    const dictionary& d = t_.dicts[static_cast<std::size_t>(pos.code)];
    auto map = spec_.codes.find(pos.name);
    for (std::uint32_t c = 0; c < d.size(); ++c) {
      std::string code(d.text(c));
      std::string seg = code;
      if (map != spec_.codes.end()) {
        auto it = map->second.find(code);
        if (it != map->second.end()) seg = it->second;
      }
      out.push_back(seg);
    }
    return out;
  }

  std::uint32_t code_in(std::size_t position, const std::string& text) const {
    int col = plan_.cube.template_[position].code;
    return t_.dicts[static_cast<std::size_t>(col)].find(text);
  }

  std::uint32_t code_at(std::size_t position, std::size_t row) const {
    return t_.code[static_cast<std::size_t>(plan_.cube.template_[position].code)][row];
  }

  resolved_term resolve_pattern(const cube_pattern& p) const {
    resolved_term out;
    for (std::size_t q = 0; q < p.slots.size(); ++q) {
      resolved_slot s;
      s.var = p.slots[q].var;
      s.key = key_of_position_[q];
      if (s.var < 0 && s.key >= 0) s.code = code_in(q, p.slots[q].code);
      out.slots.push_back(s);
    }
    out.parent = p.parent;
    if (p.parent < 0) return out;
    out.children_term = true;
    const auto& pos = plan_.cube.template_[static_cast<std::size_t>(p.parent)];
    const dictionary& d = t_.dicts[static_cast<std::size_t>(pos.code)];
    out.children.resize(d.size());
    if (const hierarchy_spec* h = spec_.hierarchy(pos.name)) {
      for (const auto& [parent, kids] : h->children) {
        std::uint32_t pc = d.find(parent);
        if (pc == none) continue;
        for (const auto& k : kids) out.children[pc].push_back(d.find(k));
      }
    }
    return out;
  }

  // Whether the anchor matches every row: only variables, none restricted.
  static bool every_row(const cube_rule& cr, const resolved_term& anchor) {
    return std::all_of(anchor.slots.begin(), anchor.slots.end(),
                       [](const resolved_slot& s) { return s.var >= 0 || s.key < 0; }) &&
           std::all_of(cr.allow.begin(), cr.allow.end(), [](const auto& a) { return a.empty(); });
  }

  // The rows the anchor matches: its codes, and the codes its variables may take.
  std::vector<std::uint32_t> anchor_rows(const cube_rule& cr, const resolved_term& anchor) const {
    std::vector<std::uint32_t> rows;
    for (const auto& s : anchor.slots) {
      if (s.var < 0 && s.key >= 0 && s.code == none) return rows;  // a code the data lacks
    }
    // Per template position that is filtered: which of its codes match (the anchor's code, or
    // those `in {…}` allows).
    std::vector<std::pair<std::size_t, std::vector<std::uint8_t>>> accept;
    auto codes_of = [&](std::size_t p) {
      return std::vector<std::uint8_t>(
          t_.dicts[static_cast<std::size_t>(plan_.cube.template_[p].code)].size(), 0);
    };
    for (std::size_t q = 0; q < anchor.slots.size(); ++q) {
      const auto& s = anchor.slots[q];
      if (s.var >= 0 || s.key < 0) continue;
      accept.emplace_back(q, codes_of(q));
      accept.back().second[s.code] = 1;
    }
    for (std::size_t v = 0; v < cr.vars.size(); ++v) {
      if (cr.allow[v].empty() || cr.var_position[v] < 0) continue;
      auto p = static_cast<std::size_t>(cr.var_position[v]);
      accept.emplace_back(p, codes_of(p));
      for (const auto& c : cr.allow[v]) {
        std::uint32_t code = code_in(p, c);
        if (code != none) accept.back().second[code] = 1;
      }
    }
    // A block of rows at a time, a column at a time: typed loops, not a lookup per cell.
    constexpr std::size_t block = key_index::key_block;
    std::vector<std::uint64_t> codes(block);
    std::vector<std::uint8_t> match(block);
    for (std::size_t first = 0; first < t_.rows; first += block) {
      std::size_t n = std::min(block, t_.rows - first);
      std::fill_n(match.begin(), n, std::uint8_t{1});
      for (const auto& [p, ok] : accept) {
        std::fill_n(codes.begin(), n, std::uint64_t{0});
        t_.code[static_cast<std::size_t>(plan_.cube.template_[p].code)].add_scaled(first, n, 1,
                                                                                   codes.data());
        for (std::size_t i = 0; i < n; ++i) match[i] &= ok[codes[i]];
      }
      for (std::size_t i = 0; i < n; ++i) {
        if (match[i]) rows.push_back(static_cast<std::uint32_t>(first + i));
      }
    }
    return rows;
  }

  // The code a term's position takes for the instance at `row`.
  std::uint32_t slot_code(const cube_rule& cr, const resolved_slot& s, std::size_t row) const {
    if (s.var < 0) return s.code;
    return code_at(static_cast<std::size_t>(cr.var_position[static_cast<std::size_t>(s.var)]), row);
  }

  // The key a term names for the instance at `row`, with its parent position (children()) at
  // code 0, or no_key when it names a code the data lacks. A position's code enters the key as
  // stride x code, so each slot moves the row's own key by stride x (new - old): no key is
  // taken apart (unsigned arithmetic wraps, and the sum is a key in range).
  std::uint64_t term_key(const cube_rule& cr, const resolved_term& rt, std::size_t row) const {
    std::uint64_t key = index_->key_of(row);
    for (std::size_t q = 0; q < rt.slots.size(); ++q) {
      const auto& s = rt.slots[q];
      if (s.key < 0) continue;
      std::uint32_t code = static_cast<int>(q) == rt.parent ? 0 : slot_code(cr, s, row);
      if (code == none) return key_index::no_key;
      std::uint64_t stride = index_->stride(static_cast<std::size_t>(s.key));
      key += stride * code - stride * code_at(q, row);
    }
    return key;
  }

  // What one unit of the parent position's code adds to a children() term's key.
  std::uint64_t parent_stride(const resolved_term& rt) const {
    return index_->stride(
        static_cast<std::size_t>(rt.slots[static_cast<std::size_t>(rt.parent)].key));
  }

  // The row a term names for the instance at `row` (the parent position set to `child`, or
  // for children() left as the instance's), or no_row.
  long long term_row(const cube_rule& cr, const resolved_term& rt, std::size_t row,
                     std::uint32_t child = none) const {
    std::uint64_t key = term_key(cr, rt, row);
    if (key == key_index::no_key) return no_row;
    if (rt.parent >= 0) {
      if (child == none) child = slot_code(cr, rt.slots[static_cast<std::size_t>(rt.parent)], row);
      if (child == none) return no_row;
      key += parent_stride(rt) * child;
    }
    return index_->find(key);
  }

  const std::vector<std::uint32_t>& children_of(const cube_rule& cr, const resolved_term& rt,
                                                std::size_t row) const {
    static const std::vector<std::uint32_t> nobody;
    std::uint32_t parent = slot_code(cr, rt.slots[static_cast<std::size_t>(rt.parent)], row);
    return parent < rt.children.size() ? rt.children[parent] : nobody;
  }

  // ---- evaluation

  void load(const lane_buffers& rows_of, std::size_t n, lane_buffers& into) const {
    const number_column& meta = plan_.numbers[static_cast<std::size_t>(plan_.value)];
    load_cells(cells_[static_cast<std::size_t>(plan_.value)], meta, n, {rows_of.rows, 0},
               into.lanes(), into.known);
    for (std::size_t i = 0; i < n; ++i) into.known[i] = into.known[i] && rows_of.found[i];
  }

  void fill_selected(const cube_rule& cr, const resolved_term& rt, std::size_t n, lane_rows rows,
                     batch::lanes out, std::uint8_t* known, lane_buffers& tmp) const {
    for (std::size_t i = 0; i < n; ++i) {
      long long r = term_row(cr, rt, rows.at(i));
      tmp.found[i] = r >= 0;
      tmp.rows[i] = r >= 0 ? static_cast<std::uint32_t>(r) : 0;
    }
    load(tmp, n, tmp);
    for (std::size_t i = 0; i < n; ++i) {
      out.lo[i] = tmp.lo[i];
      out.hi[i] = tmp.hi[i];
      out.open[i] = tmp.open[i];
      known[i] = tmp.known[i];
    }
  }

  // children(): lanes with the same parent are summed child by child, one span operation per
  // child over all of them (a rule with one parent code has one such group per batch).
  void fill_children(const cube_rule& cr, const resolved_term& rt, std::size_t n, lane_rows rows,
                     batch::lanes out, std::uint8_t* known, lane_buffers& tmp, lane_buffers& gather,
                     lane_buffers& acc) const {
    std::vector<const std::vector<std::uint32_t>*> lists(n);
    for (std::size_t i = 0; i < n; ++i) lists[i] = &children_of(cr, rt, rows.at(i));
    std::vector<bool> done(n, false);
    std::vector<std::size_t> lanes;
    for (std::size_t first = 0; first < n; ++first) {
      if (done[first]) continue;
      const auto& kids = *lists[first];
      lanes.clear();
      for (std::size_t i = first; i < n; ++i) {
        if (lists[i] != &kids) continue;
        lanes.push_back(i);
        done[i] = true;
      }
      std::size_t m = lanes.size();
      if (kids.empty()) {  // a parent without children: the empty sum, no min or max
        batch::fill(m, interval::point(0), acc.lanes());
        for (std::size_t i = 0; i < m; ++i) acc.known[i] = rt.fn == aggregate::sum;
      }
      // Each lane's key once; a child is then one addition and one look-up per lane.
      const std::uint64_t stride = parent_stride(rt);
      for (std::size_t i = 0; i < m; ++i) gather.keys[i] = term_key(cr, rt, rows.at(lanes[i]));
      for (std::size_t j = 0; j < kids.size(); ++j) {
        for (std::size_t i = 0; i < m; ++i) {
          std::uint64_t base = gather.keys[i];
          long long r = kids[j] == none || base == key_index::no_key
                            ? no_row
                            : index_->find(base + stride * kids[j]);
          gather.found[i] = r >= 0;
          gather.rows[i] = r >= 0 ? static_cast<std::uint32_t>(r) : 0;
        }
        load(gather, m, j == 0 ? acc : tmp);
        lane_buffers& got = j == 0 ? acc : tmp;
        for (std::size_t i = 0; i < m; ++i) {
          if (gather.found[i]) continue;
          // A child the codelist lists but the cube has no row for (a reporter is no partner
          // of itself) is no part of this parent: a cube lists the cells that exist.
          got.lo[i] = got.hi[i] = 0;
          got.open[i] = 0;
          got.known[i] = 1;
        }
        if (j == 0) continue;
        if (rt.fn == aggregate::sum) batch::add(m, acc.lanes(), tmp.lanes(), acc.lanes());
        if (rt.fn == aggregate::min) batch::min(m, acc.lanes(), tmp.lanes(), acc.lanes());
        if (rt.fn == aggregate::max) batch::max(m, acc.lanes(), tmp.lanes(), acc.lanes());
        for (std::size_t i = 0; i < m; ++i) acc.known[i] &= tmp.known[i];
      }
      for (std::size_t i = 0; i < m; ++i) {
        std::size_t l = lanes[i];
        out.lo[l] = acc.lo[i];
        out.hi[l] = acc.hi[i];
        out.open[l] = acc.open[i];
        known[l] = acc.known[i];
      }
    }
  }

  // Instances begin..end: rows[i], or row i itself when `rows` is empty (every row).
  void check_part(int ri, const std::vector<resolved_term>& terms,
                  const std::vector<std::uint32_t>& rows, std::size_t begin, std::size_t end,
                  part_result& res) const {
    const rule_plan& rp = plan_.rules[static_cast<std::size_t>(ri)];
    const cube_rule& cr = *rp.cube;
    register_file regs;
    lane_buffers tmp, gather, acc;
    term_filler filler = [&](int term, std::size_t n, lane_rows lr, batch::lanes out,
                             std::uint8_t* known) {
      const resolved_term& rt = terms[static_cast<std::size_t>(term)];
      if (rt.children_term)
        fill_children(cr, rt, n, lr, out, known, tmp, gather, acc);
      else
        fill_selected(cr, rt, n, lr, out, known, tmp);
    };
    for (std::size_t at = begin; at < end; at += batch_lanes) {
      std::size_t n = std::min(batch_lanes, end - at);
      lane_rows lr = rows.empty() ? lane_rows{nullptr, at} : lane_rows{rows.data() + at, 0};
      dataset_detail::run(rp.prog, cells_, plan_.numbers, n, lr, filler, regs);
      for (std::size_t i = 0; i < n; ++i) {
        finding_kind kind = lane_verdict(rp, regs, i);
        if (kind == finding_kind::pass) {
          ++res.tally.pass;
          continue;
        }
        ++(kind == finding_kind::fail ? res.tally.fail : res.tally.unknown);
        if (res.findings.size() >= kept_) {
          ++res.tally.omitted;
          continue;
        }
        pending_finding pf = rule_finding(rp, plan_, regs, i, kind);
        pf.rule = ri;
        pf.row = static_cast<long long>(lr.at(i));  // as the other dataset findings
        pf.located = false;
        explain(cr, terms, lr.at(i), kind, pf);
        res.findings.push_back(std::move(pf));
      }
    }
  }

  void check_rule(int ri, rule_tally& tally, std::vector<pending_finding>& out) const {
    const rule_plan& rp = plan_.rules[static_cast<std::size_t>(ri)];
    const cube_rule& cr = *rp.cube;
    if (!index_->usable()) {  // too many combinations of codes to index: say so, per instance
      tally.unknown += static_cast<long long>(t_.rows);
      return;
    }
    resolved_term anchor = resolve_pattern(cr.anchor);
    std::vector<resolved_term> terms;
    for (std::size_t k = 0; k < cr.terms.size(); ++k) {
      terms.push_back(resolve_pattern(cr.terms[k]));
      terms.back().fn = rp.terms[k].fn;
    }
    const bool all = every_row(cr, anchor);
    std::vector<std::uint32_t> rows;
    if (!all) rows = anchor_rows(cr, anchor);
    const std::size_t count = all ? t_.rows : rows.size();
    int parts = count < 4 * batch_lanes ? 1 : threads_;
    std::vector<part_result> results(static_cast<std::size_t>(parts));
    std::vector<std::thread> workers;
    for (int p = 0; p < parts; ++p) {
      std::size_t begin = count * static_cast<std::size_t>(p) / static_cast<std::size_t>(parts);
      std::size_t end = count * static_cast<std::size_t>(p + 1) / static_cast<std::size_t>(parts);
      auto job = [&, p, begin, end] {
        check_part(ri, terms, rows, begin, end, results[static_cast<std::size_t>(p)]);
      };
      if (parts == 1)
        job();
      else
        workers.emplace_back(job);
    }
    for (auto& w : workers) w.join();
    // The report keeps the first rows of the file, whichever part found them: parts cover
    // ascending rows and each finds in row order, so in part order the findings are sorted.
    std::size_t room = kept_;
    for (auto& r : results) {
      tally.pass += r.tally.pass;
      tally.fail += r.tally.fail;
      tally.unknown += r.tally.unknown;
      tally.omitted += r.tally.omitted;
      std::size_t take = std::min(room, r.findings.size());
      tally.omitted += static_cast<long long>(r.findings.size() - take);
      room -= take;
      for (std::size_t i = 0; i < take; ++i) out.push_back(std::move(r.findings[i]));
      r.findings = {};  // freed now, not after every part
    }
  }

  // ---- findings

  std::string figure_id(std::size_t row) const {
    std::string id;
    for (std::size_t q = 0; q < plan_.cube.template_.size(); ++q) {
      const auto& pos = plan_.cube.template_[q];
      id += (q ? "." : "") + (pos.code >= 0 ? segments_[q][code_at(q, row)] : pos.text);
    }
    return id;
  }

  // The id a term names for an instance, also when no row has it.
  std::string term_id(const cube_rule& cr, const resolved_term& rt, std::size_t row,
                      std::uint32_t child) const {
    std::string id;
    for (std::size_t q = 0; q < rt.slots.size(); ++q) {
      const auto& pos = plan_.cube.template_[q];
      std::string seg = pos.text;
      if (pos.code >= 0) {
        std::uint32_t c =
            static_cast<int>(q) == rt.parent ? child : slot_code(cr, rt.slots[q], row);
        seg = c != none ? segments_[q][c] : cr.anchor.slots[q].code;
      }
      id += (q ? "." : "") + seg;
    }
    return id;
  }

  std::string written(std::size_t row) const {
    const cell_block& c = cells_[static_cast<std::size_t>(plan_.value)];
    switch (c.state[row] & state_mask) {
      case confidential:
        return "confidential";
      case missing:
        return "missing";
      case unparseable:
        return "not a number";
      default:
        return fmt::format("{:.{}f}", c.value[row], std::max(0, static_cast<int>(c.decimals[row])));
    }
  }

  figure_use cell_use(const std::string& id, long long row) const {
    figure_use u;
    u.id = id;
    u.claim = 0;
    u.display = plan_.numbers[static_cast<std::size_t>(plan_.value)].u;
    if (row < 0) {
      u.stated = false;
      u.written = "no row";
      u.value = interval::entire();
      return u;
    }
    lane_buffers one, tmp;
    one.rows[0] = static_cast<std::uint32_t>(row);
    one.found[0] = true;
    load(one, 1, tmp);
    u.value = batch::get(tmp.lanes(), 0);
    u.written = written(static_cast<std::size_t>(row));
    // A confidential cell is stated, its value withheld: [0, inf).
    std::uint8_t st = cells_[static_cast<std::size_t>(plan_.value)].state[row] & state_mask;
    u.stated = st == stated || st == confidential;
    return u;
  }

  std::string number(double base) const {
    double f = plan_.numbers[static_cast<std::size_t>(plan_.value)].u.factor();
    double v = base / (f != 0 ? f : 1);
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    return fmt::format("{}", std::round(v * 1e6) / 1e6);
  }

  std::string range(const interval& v) const {
    return fmt::format("[{}, {}]", number(v.lo), number(v.hi));
  }

  void explain(const cube_rule& cr, const std::vector<resolved_term>& terms, std::size_t row,
               finding_kind kind, pending_finding& pf) const {
    pf.ids = {figure_id(row)};
    for (std::size_t v = 0; v < cr.vars.size(); ++v) {
      if (cr.var_position[v] < 0) continue;
      auto p = static_cast<std::size_t>(cr.var_position[v]);
      pf.f.bound.push_back({cr.vars[v], segments_[p][code_at(p, row)]});
    }
    if (spec_.key.empty()) {  // else the key columns are shown, the context among them
      for (int c : plan_.cube.context)
        pf.f.bound.push_back({plan_.codes[static_cast<std::size_t>(c)].name,
                              std::string(t_.dicts[static_cast<std::size_t>(c)].text(
                                  t_.code[static_cast<std::size_t>(c)][row]))});
    }
    std::string first_missing;
    figure_use anchor = cell_use(pf.ids[0], static_cast<long long>(row));
    if (!anchor.stated && anchor.written != "confidential") first_missing = pf.ids[0];
    std::string message;
    for (const auto& rt : terms) {
      if (!rt.children_term) {
        long long r = term_row(cr, rt, row);
        figure_use u = cell_use(term_id(cr, rt, row, none), r);
        if (first_missing.empty() && !u.stated && u.written != "confidential") first_missing = u.id;
        pf.more.push_back(std::move(u));
        continue;
      }
      // The children: each one's value in the message (a figure each would cost more than the
      // rest of the finding), the confidential and missing ones as figures too.
      interval known_sum = interval::point(0);
      std::vector<std::string> suppressed, values;
      std::size_t written_kids = 0;
      for (std::uint32_t kid : children_of(cr, rt, row)) {
        long long r = kid == none ? no_row : term_row(cr, rt, row, kid);
        if (r < 0) continue;  // no row: not a part of this parent (as in the sum)
        figure_use u = cell_use(term_id(cr, rt, row, kid), r);
        values.push_back(segments_[static_cast<std::size_t>(rt.parent)][kid] + " " + u.written);
        bool withheld = u.written == "confidential";
        if (u.stated && !withheld) {
          known_sum = known_sum + u.value;
          ++written_kids;
          continue;
        }
        if (withheld) {
          suppressed.push_back(u.id);
        } else if (first_missing.empty()) {
          first_missing = u.id;
        }
        pf.more.push_back(std::move(u));
      }
      if (kind != finding_kind::fail || rt.fn != aggregate::sum || !message.empty()) continue;
      const interval& p = anchor.value;
      message = fmt::format("{} is {}, rounding allowing {}; its {} written children sum to {}",
                            pf.ids[0], anchor.written, range(p), written_kids, range(known_sum));
      if (!suppressed.empty()) {
        interval need{p.lo - known_sum.hi, p.hi - known_sum.lo, false, false};
        message += fmt::format(
            "; the confidential {} would have to {} {}, but a confidential value is never "
            "negative",
            fmt::join(suppressed, ", "), suppressed.size() == 1 ? "lie in" : "sum to", range(need));
      }
      message += fmt::format(" (children: {})", fmt::join(values, ", "));
    }
    if (kind == finding_kind::unknown && !first_missing.empty())
      message = first_missing + " has no value: the instance is undecided";
    if (!message.empty()) pf.f.message = std::move(message);
  }
};

}  // namespace

std::vector<int> cube_index_columns(const dataset_plan& plan) {
  std::vector<int> columns;
  for (const auto& p : plan.cube.template_) {
    if (p.code >= 0) columns.push_back(p.code);
  }
  columns.insert(columns.end(), plan.cube.context.begin(), plan.cube.context.end());
  return columns;
}

void check_cube(const dataset_spec& spec, const dataset_plan& plan, const table& t,
                std::size_t kept_per_rule, int threads, std::vector<rule_tally>& tallies,
                std::vector<pending_finding>& out, const std::function<void()>& rule_done,
                const key_index* keys) {
  if (!plan.cube.active()) return;
  cube_check(spec, plan, t, kept_per_rule, threads).run(tallies, out, rule_done, keys);
}

}  // namespace crossfoot::dataset_detail
