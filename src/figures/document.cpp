#include <cmath>
#include <filesystem>

#include "figures/detail/codes.hpp"
#include "figures/detail/document.hpp"

namespace crossfoot::figures_detail {
namespace {

bool expect(const toml_entry& e, node_kind kind, const char* what, diagnostics& diags) {
  if (e.value.kind == kind) return true;
  diags.error(codes::bad_document, e.value.where,
              "[document] " + e.key + " must be " + what + ", not a " + kind_name(e.value));
  return false;
}

// "10%", "0.1" or 0.1: the fraction by which nearly/about widen a figure.
void read_slack(const toml_entry& e, double& slack, diagnostics& diags) {
  std::optional<double> value;
  if (e.value.is_number()) {
    value = e.value.number;
  } else if (e.value.kind == node_kind::string) {
    quantity_error err;
    auto q = parse_quantity(e.value.text, err);
    if (q && q->qual == qualifier::none && q->written_unit.dim.dimensionless() &&
        q->written_unit.style != unit_style::points) {
      value = q->number * q->written_unit.factor();
    }
  }
  if (!value || !std::isfinite(*value) || *value < 0 || *value >= 1) {
    diags.error(codes::bad_document, e.value.where,
                "[document] slack must be a fraction between 0 and 1, such as \"10%\"");
    return;
  }
  slack = *value;
}

// 2019, or a string: "2019", "2019-Q3", "2019-09", "2019-01/2019-09".
void read_period(const toml_entry& e, document_info& info, diagnostics& diags) {
  const toml_node& v = e.value;
  std::string text = v.kind == node_kind::integer ? v.text : v.text;
  if (v.kind != node_kind::integer && v.kind != node_kind::string) {
    diags.error(codes::bad_document, v.where,
                std::string("[document] period must be a year or a string such as \"2019-09\", "
                            "not a ") +
                    kind_name(v));
    return;
  }
  std::string error;
  auto p = parse_period(text, &error);
  if (!p) {
    diags.error(codes::bad_document, v.where,
                "[document] period \"" + text + "\" is not a period: " + error +
                    "; write 2019, \"2019-Q3\", \"2019-09\" or \"2019-01/2019-09\"");
    return;
  }
  info.period = *p;
}

void read_rules(const toml_entry& e, const std::string& figures_path, document_info& info,
                diagnostics& diags) {
  if (e.value.kind == node_kind::string) {
    info.rules.push_back(resolve_path(figures_path, e.value.text));
    return;
  }
  if (!expect(e, node_kind::array, "an array of paths", diags)) return;
  for (const auto& item : e.value.items) {
    if (item.kind == node_kind::string) {
      info.rules.push_back(resolve_path(figures_path, item.text));
    } else {
      diags.error(codes::bad_document, item.where,
                  std::string("[document] rules must hold paths, not a ") + kind_name(item));
    }
  }
}

}  // namespace

std::string resolve_path(const std::string& figures_path, const std::string& given) {
  namespace fs = std::filesystem;
  fs::path joined = fs::path(figures_path).parent_path() / fs::path(given);
  return joined.lexically_normal().string();
}

document_section read_document(const toml_node& table, const std::string& figures_path,
                               diagnostics& diags) {
  document_section out;
  out.info.where = table.where;
  for (const auto& e : table.entries) {
    if (e.key == "title") {
      if (expect(e, node_kind::string, "a string", diags)) out.info.title = e.value.text;
    } else if (e.key == "source") {
      if (expect(e, node_kind::string, "a path", diags)) {
        out.info.source_path = resolve_path(figures_path, e.value.text);
        out.source_where = e.value.where;
      }
    } else if (e.key == "period") {
      read_period(e, out.info, diags);
    } else if (e.key == "slack") {
      read_slack(e, out.info.slack, diags);
    } else if (e.key == "rules") {
      read_rules(e, figures_path, out.info, diags);
    } else {
      std::string message = "unknown key '" + e.key + "' in [document] is ignored";
      std::string near = closest_name(e.key, {"title", "source", "period", "slack", "rules"});
      if (!near.empty()) message += "; did you mean '" + near + "'?";
      diags.warning(codes::unknown_document_key, e.key_where, message);
    }
  }
  return out;
}

}  // namespace crossfoot::figures_detail
