#include "lang/syntax.hpp"

namespace crossfoot::syntax {

const char* spelling(op o) {
  switch (o) {
    case op::add:
      return "+";
    case op::sub:
    case op::neg:
      return "-";
    case op::mul:
      return "*";
    case op::div:
      return "/";
    case op::pow:
      return "^";
    case op::eq:
      return "==";
    case op::ne:
      return "!=";
    case op::lt:
      return "<";
    case op::le:
      return "<=";
    case op::gt:
      return ">";
    case op::ge:
      return ">=";
    case op::logical_and:
      return "and";
    case op::logical_or:
      return "or";
    case op::logical_not:
      return "not";
  }
  return "?";
}

}  // namespace crossfoot::syntax
