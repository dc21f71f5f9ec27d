#include "store/postgres_connection.h"

#include <libpq-fe.h>

#include <array>
#include <charconv>
#include <unordered_map>

#include "store/errors.h"

namespace cg::store {
namespace {

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

std::string param_text(const SqlParam& param, bool& is_null) {
  is_null = false;
  return std::visit(
      [&](const auto& value) -> std::string {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          is_null = true;
          return {};
        } else if constexpr (std::is_same_v<T, bool>) {
          return value ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::string>) {
          return value;
        } else if constexpr (std::is_same_v<T, double>) {
          // Shortest text that reads back as the same double; std::to_string keeps only 6 decimals.
          std::array<char, 32> text{};
          auto [end, ec] = std::to_chars(text.data(), text.data() + text.size(), value);
          return std::string(text.data(), end);
        } else {
          return std::to_string(value);
        }
      },
      param);
}

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(const std::string& conninfo) {
    // Defaults come first so that settings in the URL win (libpq: later keywords override).
    const std::array<const char*, 4> keywords = {"connect_timeout", "application_name", "dbname",
                                                 nullptr};
    const std::array<const char*, 4> values = {"3", "commonground", conninfo.c_str(), nullptr};
    conn_ = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
      const std::string message = conn_ ? PQerrorMessage(conn_) : "out of memory";
      PQfinish(conn_);
      conn_ = nullptr;
      throw DatabaseUnavailable("cannot connect to PostgreSQL: " + message);
    }
    execute_script("SET TimeZone TO 'UTC'");
  }

  ~PostgresConnection() override { PQfinish(conn_); }

  Engine engine() const override { return Engine::postgresql; }

  Rows query(std::string_view sql, std::span<const SqlParam> params) override {
    const std::string& name = prepared(sql, static_cast<int>(params.size()));
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
      bool is_null = false;
      texts[i] = param_text(params[i], is_null);
      values[i] = is_null ? nullptr : texts[i].c_str();
    }
    ResultPtr result(PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()),
                                    values.data(), nullptr, nullptr, 0),
                     &PQclear);
    check(result.get(), "query failed");
    Rows rows;
    const int n_rows = PQntuples(result.get());
    const int n_cols = PQnfields(result.get());
    rows.reserve(static_cast<std::size_t>(n_rows));
    for (int r = 0; r < n_rows; ++r) {
      std::vector<std::optional<std::string>> cells;
      cells.reserve(static_cast<std::size_t>(n_cols));
      for (int c = 0; c < n_cols; ++c) {
        if (PQgetisnull(result.get(), r, c)) {
          cells.emplace_back(std::nullopt);
        } else {
          cells.emplace_back(std::string(PQgetvalue(result.get(), r, c),
                                         static_cast<std::size_t>(PQgetlength(result.get(), r, c))));
        }
      }
      rows.emplace_back(std::move(cells));
    }
    return rows;
  }

  void execute_script(std::string_view sql) override {
    ResultPtr result(PQexec(conn_, std::string(sql).c_str()), &PQclear);
    check(result.get(), "script failed");
  }

  void begin(TransactionMode) override { execute_script("BEGIN"); }
  void commit() override { execute_script("COMMIT"); }
  void rollback() noexcept override {
    if (conn_ && PQtransactionStatus(conn_) != PQTRANS_IDLE && PQstatus(conn_) == CONNECTION_OK) {
      PQclear(PQexec(conn_, "ROLLBACK"));
    }
  }

  bool healthy() const override { return conn_ && PQstatus(conn_) == CONNECTION_OK && !broken_; }

 private:
  const std::string& prepared(std::string_view sql, int n_params) {
    std::string key(sql);
    if (auto it = statements_.find(key); it != statements_.end()) return it->second;
    std::string name = "cg_" + std::to_string(statements_.size() + 1);
    ResultPtr result(PQprepare(conn_, name.c_str(), key.c_str(), n_params, nullptr), &PQclear);
    check(result.get(), "prepare failed");
    return statements_.emplace(std::move(key), std::move(name)).first->second;
  }

  void check(PGresult* result, std::string_view context) {
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
      return;
    }
    const std::string message =
        std::string(context) + ": " + (result ? PQresultErrorMessage(result) : PQerrorMessage(conn_));
    const char* sqlstate = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string state = sqlstate ? sqlstate : "";
    if (PQstatus(conn_) != CONNECTION_OK) {
      broken_ = true;
      throw DatabaseUnavailable(message);
    }
    if (state == "23505") throw UniqueViolation(message);
    if (state == "23503") throw ForeignKeyViolation(message);
    // Class 08: connection exception; 57P: operator intervention (shutdown); 53: resources.
    if (state.starts_with("08") || state.starts_with("57P") || state.starts_with("53")) {
      broken_ = true;
      throw DatabaseUnavailable(message);
    }
    throw DatabaseError(message);
  }

  PGconn* conn_ = nullptr;
  bool broken_ = false;
  std::unordered_map<std::string, std::string> statements_;
};

}  // namespace

std::unique_ptr<Connection> open_postgres(const std::string& conninfo) {
  return std::make_unique<PostgresConnection>(conninfo);
}

}  // namespace cg::store
