#pragma once
// What needs every row: the columns kept from all chunks (codes interned file-wide, numbers the
// cross-row rules read), key uniqueness, and rules whose terms reach other rows.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "dataset/detail/chunk.hpp"
#include "dataset/detail/input.hpp"

namespace crossfoot::dataset_detail {

/// Makes a large block's pages resident in one call rather than a fault each as it fills (a
/// fault costs microseconds on a virtual machine, and a column of 5 million rows takes ten
/// thousand). What is reserved becomes resident: only for sizes known or estimated closely.
void make_resident(const void* data, std::size_t bytes);
template <typename V>
void make_resident(const V& v) {
  make_resident(v.data(), v.capacity() * sizeof(typename V::value_type));
}

/// Codes stored as narrowly as their count allows: a byte per row for a dimension of 53
/// partners, widened (rarely, and once per width) when more codes come.
class code_vector {
 public:
  std::uint32_t operator[](std::size_t i) const {
    switch (width_) {
      case 1:
        return b8_[i];
      case 2:
        return b16_[i];
      default:
        return b32_[i];
    }
  }
  std::size_t size() const { return size_; }
  /// out[i] += factor x code[first + i] for n codes: keys built a column at a time.
  void add_scaled(std::size_t first, std::size_t n, std::uint64_t factor, std::uint64_t* out) const;
  void push_back(std::uint32_t code);
  /// Appends to_code[c] for each c of codes[0, n): a chunk's local codes made file-wide, in
  /// one loop at the final width rather than a width test per code.
  void append_mapped(const std::uint32_t* codes, std::size_t n,
                     const std::vector<std::uint32_t>& to_code);
  void reserve(std::size_t n);

 private:
  void widen(int width);
  int width_ = 1;
  std::size_t size_ = 0;
  // Grown without zeroing: append_mapped writes every code it adds.
  std::vector<std::uint8_t, uninitialised_allocator<std::uint8_t>> b8_;
  std::vector<std::uint16_t, uninitialised_allocator<std::uint16_t>> b16_;
  std::vector<std::uint32_t, uninitialised_allocator<std::uint32_t>> b32_;
};

/// A record to read again: its line goes to *line, its text (when wanted) to *text.
struct row_request {
  long long row = 0;
  long long* line = nullptr;
  std::string* text = nullptr;
};

/// The rows of the whole file, as far as rules across rows need them.
class table {
 public:
  void init(const dataset_plan& plan);
  /// Takes a merged chunk's kept columns, its codes made file-wide.
  void append(chunk_result& r, long long first_line, long long first_row);
  /// Room for about `rows` rows in every kept column, so a large file's columns are allocated
  /// once rather than doubled (and copied) as they grow.
  void reserve(std::size_t rows);
  /// Reads the records of `wanted` (sorted by row) again from the file: their text and line.
  void fetch_rows(const dataset_spec& spec, const dialect& d, std::vector<row_request>& wanted);

  std::size_t rows = 0;
  std::vector<bool> keep_number;  // per number column of the plan
  std::vector<bool> keep_code;    // per code column: a cube's flag column is read into states
  std::vector<std::vector<double>> value;
  std::vector<std::vector<std::int8_t>> decimals;
  std::vector<std::vector<std::uint8_t>> state;
  std::vector<code_vector> code;  // per code column, file-wide codes (none for a flag column)
  std::vector<dictionary> dicts;

  cell_block cells(std::size_t number) const {
    return {value[number].data(), decimals[number].data(), state[number].data()};
  }

 private:
  struct chunk_span {
    long long first_row = 0, first_line = 0, byte_offset = 0, bytes = 0;
    std::vector<std::uint32_t> not_rows;
    bool one_line_records = false;
    std::vector<std::uint32_t> row_offset;  // one_line_records: every offset_stride-th row's
  };
  static constexpr std::size_t offset_stride = 64;
  static std::size_t ordinal_of(const chunk_span& span, std::size_t local);
  /// The wanted rows of one chunk of one-line records, each read alone at its offset.
  /// `window` holds the bytes read last, [at - window.size(), at): kept from chunk to chunk,
  /// because a read may run past the chunk's end into the next one's first rows.
  static bool fetch_lines(byte_source& source, long long& at, std::string& window,
                          const chunk_span& span, long long end_row,
                          std::vector<row_request>& wanted, std::size_t& w, std::string& error);
  std::vector<chunk_span> chunks_;
};

/// A row's codes in some columns packed into one number (mixed radix: each column's codes
/// times its stride), made a block of rows and a column at a time. Usable while the
/// combinations of codes fit below 2^63.
class key_layout {
 public:
  /// Packs the code columns `columns` (indices into the plan's codes) of `t`. The column
  /// whose code changes most often from row to row gets the smallest stride when
  /// `by_locality` (rows next to each other in the file then have keys close together, and
  /// tables indexed by key are read in order rather than at random).
  void pack(const table& t, const std::vector<int>& columns, bool by_locality = false);
  static constexpr std::uint64_t no_key = ~std::uint64_t{0};
  static constexpr std::size_t key_block = 4096;  // keys made a block of rows at a time
  /// The key of a row; the key with column `position` (in `columns`) set to `code`, or no_key
  /// when that code is out of range.
  std::uint64_t key_of(std::size_t row) const;
  /// The keys of rows [first, first + n), into out.
  void keys_of(std::size_t first, std::size_t n, std::uint64_t* out) const;
  std::uint64_t with(std::uint64_t key, std::size_t position, std::uint32_t code) const;
  std::uint32_t code_at(std::uint64_t key, std::size_t position) const;
  /// What one unit of column `position`'s code adds to a key, and how many codes it has: a
  /// key changes in one column by adding stride x (new code - old code), without a division.
  std::uint64_t stride(std::size_t position) const { return stride_[position]; }
  std::uint64_t radix(std::size_t position) const { return radix_[position]; }
  /// Whether the keys could be packed (false: too many combinations).
  bool usable() const { return usable_; }
  /// How many keys there may be (every key is below it); 0 when not usable.
  std::uint64_t combinations() const { return usable_ ? combinations_ : 0; }
  /// The code columns packed, in key order.
  const std::vector<int>& columns() const { return columns_; }

 private:
  const table* t_ = nullptr;
  std::vector<int> columns_;
  std::vector<std::uint64_t> radix_, stride_;
  std::uint64_t combinations_ = 0;
  bool usable_ = false;
};

/// Rows by the values of some code columns: their packed key, looked up in a dense array when
/// the combinations are few (a cube) and in a hash table otherwise.
class key_index : public key_layout {
 public:
  /// Indexes every row of `t` by the code columns `columns` (indices into the plan's codes).
  void build(const table& t, const std::vector<int>& columns);
  /// The first row with this key, or -1.
  long long find(std::uint64_t key) const;

 private:
  bool dense_ = false;
  std::vector<std::uint32_t> dense_rows_;  // key -> row + 1
  std::vector<std::uint64_t> hash_keys_;   // open addressing: key + 1, 0 empty
  std::vector<std::uint32_t> hash_rows_;
  std::uint64_t mask_ = 0;
};

/// Key uniqueness and the rules with cross-row terms, after the whole file is read.
class cross_row_checks {
 public:
  cross_row_checks(const dataset_spec& spec, const dataset_plan& plan, table& t, const dialect& d,
                   std::size_t kept_per_rule, int threads = 1)
      : spec_(spec), plan_(plan), t_(t), d_(d), kept_per_rule_(kept_per_rule), threads_(threads) {}
  void run(std::vector<rule_tally>& tallies, std::vector<pending_finding>& out,
           const std::function<void()>& rule_done, std::map<std::string, long long>& problems);
  /// The index over the spec's key columns, kept after run() when keep_key_index was set
  /// (a cube whose dimensions are its key looks its rows up in it rather than build another).
  const key_index* keys() const { return keys_.usable() ? &keys_ : nullptr; }
  bool keep_key_index = false;

 private:
  void duplicate_keys(std::vector<pending_finding>& out,
                      std::map<std::string, long long>& problems);

  const dataset_spec& spec_;
  const dataset_plan& plan_;
  table& t_;
  dialect d_;
  std::size_t kept_per_rule_;
  int threads_;
  key_index keys_;
};

}  // namespace crossfoot::dataset_detail
