#pragma once
// The HTML report's own style and script, inlined into every page (no request of any kind).

namespace crossfoot {

extern const char* const html_style;
extern const char* const html_script;
/// Watch mode only: loads the watch script beside the page every second and reloads the page
/// when the stamp it announces changes (html_report.hpp).
extern const char* const html_watch_poller;

}  // namespace crossfoot
