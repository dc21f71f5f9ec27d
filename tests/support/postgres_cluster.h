// A private PostgreSQL cluster for tests that stop and restart the database (outage and
// recovery), so they never disturb the shared throwaway cluster other tests use.
#pragma once

#include <memory>
#include <string>

#include "support/server_process.h"

namespace cg::testing {

class PostgresCluster {
 public:
  // initdb into a temporary folder and start on a free loopback port. Fails the test on error.
  static std::unique_ptr<PostgresCluster> start();
  ~PostgresCluster();

  void stop();
  void restart();
  std::string url(const std::string& database = "postgres") const;

 private:
  PostgresCluster() = default;
  bool pg_ctl(const std::string& action);

  std::unique_ptr<TempDir> dir_;
  int port_ = 0;
  bool running_ = false;
};

}  // namespace cg::testing
