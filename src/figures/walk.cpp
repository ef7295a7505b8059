#include "figures/detail/walk.hpp"

#include "core/period.hpp"
#include "figures/detail/codes.hpp"

namespace crossfoot::figures_detail {
namespace {

// Which table's claims these are: "intermediate.total#2" inside the second element of an array
// of tables. Empty until a figure table or an array element fixes it for everything inside.
struct origin_info {
  std::string origin;
  int alternative = 0;
};

class walker {
 public:
  walker(double slack, diagnostics& diags) : slack_(slack), diags_(diags) {}

  void root(const toml_node& t) {
    for (const auto& e : t.entries) {
      if (e.key != "document") entry(e, "", {});
    }
  }

  walked_claims take() { return std::move(claims_); }

 private:
  void entry(const toml_entry& e, const std::string& parent, const origin_info& where) {
    // A period ("2019-09", "2019M09", "2019-01/2019-09") is one segment, in canonical form.
    id_segment segment = read_id_segment(e.key);
    if (segment.what == id_segment::kind::malformed_period) {
      diags_.error(codes::bad_period, e.key_where,
                   "key \"" + e.key + "\" is not a period: " + segment.error +
                       "; write 2019, 2019-Q3, 2019-09 or 2019-01/2019-09");
      return;
    }
    bool period = segment.what == id_segment::kind::period;
    if (e.key.empty() || (!period && e.key.find('.') != std::string::npos)) {
      diags_.error(codes::dotted_key, e.key_where,
                   "key \"" + e.key + "\" cannot be part of a figure id; use a bare key");
      return;
    }
    std::string id = parent.empty() ? segment.text : parent + "." + segment.text;
    const toml_node& v = e.value;
    if (v.kind == node_kind::table) {
      table(v, id, where);
    } else if (v.kind == node_kind::array && v.array_of_tables) {
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        table(v.items[i], id, {id + "#" + std::to_string(i + 1), static_cast<int>(i)});
      }
    } else if (v.kind == node_kind::string || v.is_number()) {
      claim_keys keys;
      keys.id = id;
      keys.value = &v;
      add(keys, fixed(where, parent));
    } else {
      diags_.error(
          codes::wrong_type, v.where,
          "'" + id + "' must be a quantity, a figure table or a namespace, not a " + kind_name(v));
    }
  }

  void table(const toml_node& t, const std::string& id, const origin_info& where) {
    if (t.get("value") || t.get("anchor")) {
      origin_info own = fixed(where, id);
      add(keys_of(id, t), own);
      children(t, id, own);
    } else {
      namespace_table(t, id, where);
    }
  }

  void children(const toml_node& t, const std::string& id, const origin_info& where) {
    for (const auto& e : t.entries) {
      if (!is_reserved_key(e.key)) entry(e, id, where);
    }
  }

  void namespace_table(const toml_node& t, const std::string& id, const origin_info& where) {
    for (const auto& e : t.entries) {
      if (is_reserved_key(e.key)) {
        diags_.error(
            codes::no_value, e.key_where,
            "'" + id + "' has a " + e.key +
                " but no value; a figure table needs a value key, or an anchor into the draft");
      } else {
        entry(e, id, where);
      }
    }
  }

  void add(const claim_keys& keys, const origin_info& where) {
    auto built = build_claim(keys, slack_, diags_);
    if (!built) return;
    built->c.origin = where.origin;
    built->c.alternative = where.alternative;
    claims_.push_back({keys.id, std::move(*built)});
  }

  // Claims take the origin of the table they are written in unless an enclosing figure table
  // or array element already fixed it.
  static origin_info fixed(const origin_info& where, const std::string& table_id) {
    return where.origin.empty() ? origin_info{table_id, where.alternative} : where;
  }

  double slack_;
  diagnostics& diags_;
  walked_claims claims_;
};

}  // namespace

walked_claims walk_figures(const toml_node& root, double slack, diagnostics& diags) {
  walker w(slack, diags);
  w.root(root);
  return w.take();
}

}  // namespace crossfoot::figures_detail
