#include <cstring>

#include "dataset/detail/reader.hpp"

namespace crossfoot::dataset_detail {

bool chunk_reader::fill(byte_buffer& buf, std::size_t target) {
  while (buf.size() < target && !eof_) {
    std::size_t have = buf.size();
    buf.resize(target);
    long long n = source_.read(buf.data() + have, target - have, error_);
    if (n < 0) {
      buf.resize(have);
      return false;
    }
    buf.resize(have + static_cast<std::size_t>(n));
    if (n == 0) eof_ = true;
    if (!started_ && buf.size() >= 3) {
      started_ = true;
      if (std::memcmp(buf.data(), "\xEF\xBB\xBF", 3) == 0) {  // a byte order mark
        buf.erase(buf.begin(), buf.begin() + 3);
        offset_ += 3;
      }
    }
  }
  return true;
}

bool chunk_reader::map_input() {
  if (started_ || map_) return false;  // only before anything was read
  map_ = source_.map();
  if (!map_) return false;
  started_ = true;
  if (map_->size() >= 3 && std::memcmp(map_->data(), "\xEF\xBB\xBF", 3) == 0)
    offset_ = 3;  // a byte order mark, dropped as fill() drops it
  return true;
}

// The mapped file's last bytes, a record without a line feed (or one inside quotes), go to
// carry_ and on through the streaming code: the end of a file is handled in one place.
void chunk_reader::copy_tail() {
  carry_.assign(map_->data() + offset_, map_->data() + map_->size());
  eof_ = true;
  tail_copied_ = true;
}

chunk_reader::status chunk_reader::next_in_place(chunk& out) {
  const char* all = map_->data();
  const std::size_t size = map_->size();
  const auto start = static_cast<std::size_t>(offset_);
  if (start >= size) return status::end;
  // The same windows as streaming: chunk_bytes_ from the first record not yet cut, doubled
  // while not one record ends inside.
  std::size_t target = chunk_bytes_;
  for (;;) {
    std::size_t stop = size - start > target ? start + target : size;
    const char* b = all + start;
    const char* end = last_record_end(b, all + stop, d_);
    if (end == b && stop < size) {
      target *= 2;
      continue;
    }
    if (end == b) {
      copy_tail();
      return next(out);
    }
    out.index = index_++;
    out.byte_offset = offset_;
    out.bytes.clear();
    out.in_place = std::string_view(b, static_cast<std::size_t>(end - b));
    offset_ += end - b;
    return status::chunk;
  }
}

void chunk_reader::release_before(long long offset) {
  if (map_ && offset > 0) map_->release_before(static_cast<std::size_t>(offset));
}

long long chunk_reader::consumed() const {
  return map_ ? offset_ : source_.consumed();
}

std::optional<std::string> chunk_reader::first_record(long& lines) {
  if (in_place()) {
    const char* b = map_->data() + offset_;
    lines = 0;
    const char* end = record_end(b, map_->data() + map_->size(), d_, lines);
    if (end) {
      offset_ += end - b;
      return std::string(b, content_end(b, end));
    }
    copy_tail();  // no line feed after the header
  }
  std::size_t target = 1 << 16;
  for (;;) {
    if (!fill(carry_, target)) return std::nullopt;
    started_ = true;
    if (carry_.empty()) return std::nullopt;
    lines = 0;
    const char* b = carry_.data();
    const char* e = b + carry_.size();
    const char* end = record_end(b, e, d_, lines);
    if (!end && eof_) {
      carry_.push_back('\n');  // a header without a line feed
      b = carry_.data();
      e = b + carry_.size();
      lines = 0;
      end = record_end(b, e, d_, lines);
      if (!end) {
        carry_.pop_back();
        unterminated_ = true;
        unterminated_at_ = offset_;
        return std::nullopt;
      }
    }
    if (end) {
      std::string header(b, content_end(b, end));
      auto used = static_cast<std::size_t>(end - b);
      carry_.erase(carry_.begin(), carry_.begin() + static_cast<long>(used));
      offset_ += static_cast<long long>(used);
      return header;
    }
    target *= 2;
  }
}

chunk_reader::status chunk_reader::next(chunk& out) {
  if (in_place()) return next_in_place(out);
  out.in_place = {};
  byte_buffer buf;
  buf.reserve(chunk_bytes_ + carry_.size() + 1);
  buf.swap(carry_);
  std::size_t target = std::max(chunk_bytes_, buf.size());
  for (;;) {
    if (!fill(buf, target)) return status::error;
    started_ = true;
    if (buf.empty()) return status::end;
    const char* b = buf.data();
    const char* end = last_record_end(b, b + buf.size(), d_);
    if (end == b && eof_) {
      // The last record has no line feed: complete it, or it ends inside quotes.
      buf.push_back('\n');
      b = buf.data();
      end = last_record_end(b, b + buf.size(), d_);
      if (end == b) {
        buf.pop_back();
        carry_.swap(buf);
        unterminated_ = true;
        unterminated_at_ = offset_;
        return status::error;
      }
    }
    if (end == b) {  // one record longer than the chunk: read more
      target *= 2;
      continue;
    }
    auto used = static_cast<std::size_t>(end - b);
    carry_.assign(buf.begin() + static_cast<long>(used), buf.end());
    buf.resize(used);
    out.index = index_++;
    out.byte_offset = offset_;
    out.bytes = std::move(buf);
    offset_ += static_cast<long long>(used);
    return status::chunk;
  }
}

}  // namespace crossfoot::dataset_detail
