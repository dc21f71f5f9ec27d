// One database connection, SQLite or PostgreSQL. Statements use $1..$n placeholders on both
// engines (SQLite reads "$1" as a named parameter), are prepared once per connection and cached
// by their text. A connection is used by one thread at a time (the pool guarantees it).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "store/row.h"

namespace cg::store {

enum class Engine { sqlite, postgresql };

enum class TransactionMode { read, write };

class Connection {
 public:
  virtual ~Connection() = default;

  virtual Engine engine() const = 0;

  // Runs one statement and returns every row. Throws UniqueViolation, ForeignKeyViolation,
  // DatabaseUnavailable (connection lost, locked past the busy timeout) or DatabaseError.
  virtual Rows query(std::string_view sql, std::span<const SqlParam> params) = 0;
  Rows query(std::string_view sql) { return query(sql, {}); }
  Rows query(std::string_view sql, std::initializer_list<SqlParam> params) {
    return query(sql, std::span<const SqlParam>(params.begin(), params.size()));
  }

  // Runs several statements without parameters (migrations). Not cached.
  virtual void execute_script(std::string_view sql) = 0;

  virtual void begin(TransactionMode mode) = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;

  // False once the connection is known to be broken; the pool then discards it.
  virtual bool healthy() const = 0;
};

}  // namespace cg::store
