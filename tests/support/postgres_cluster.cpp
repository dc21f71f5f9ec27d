#include "support/postgres_cluster.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

namespace cg::testing {
namespace {

std::string pg_bin() {
  const char* bin = std::getenv("CG_TEST_PG_BIN");
  return bin ? bin : "/usr/lib/postgresql/15/bin";
}

// initdb refuses to run as root; as root we run the server tools as the postgres user.
std::string as_postgres(const std::string& command) {
  return getuid() == 0 ? "runuser -u postgres -- " + command : command;
}

int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

}  // namespace

std::unique_ptr<PostgresCluster> PostgresCluster::start() {
  std::unique_ptr<PostgresCluster> cluster(new PostgresCluster());
  cluster->dir_ = std::make_unique<TempDir>();
  cluster->port_ = free_port();
  const std::string data = cluster->dir_->path() + "/data";
  const std::string setup = "mkdir -p " + data + " && chmod 755 " + cluster->dir_->path() +
                            (getuid() == 0 ? " && chown postgres:postgres " + data : "") + " && " +
                            as_postgres(pg_bin() + "/initdb -D " + data +
                                        " -U postgres -A trust -E UTF8 --no-sync > " +
                                        cluster->dir_->path() + "/initdb.log 2>&1");
  if (std::system(setup.c_str()) != 0) {
    ADD_FAILURE() << "initdb failed; see " << cluster->dir_->path() << "/initdb.log";
    return nullptr;
  }
  if (!cluster->pg_ctl("start")) return nullptr;
  return cluster;
}

bool PostgresCluster::pg_ctl(const std::string& action) {
  const std::string data = dir_->path() + "/data";
  std::string command = pg_bin() + "/pg_ctl -D " + data + " -l " + data + "/server.log -w -t 30 ";
  if (action == "start") {
    command += "-o \"-p " + std::to_string(port_) + " -c listen_addresses=127.0.0.1 -k " + data +
               " -c fsync=off\" start";
  } else {
    command += "-m fast stop";
  }
  const bool ok = std::system((as_postgres(command) + " > /dev/null 2>&1").c_str()) == 0;
  EXPECT_TRUE(ok) << "pg_ctl " << action << " failed; see " << data << "/server.log";
  running_ = ok ? action == "start" : running_;
  return ok;
}

void PostgresCluster::stop() { pg_ctl("stop"); }
void PostgresCluster::restart() { pg_ctl("start"); }

std::string PostgresCluster::url(const std::string& database) const {
  return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

PostgresCluster::~PostgresCluster() {
  if (running_) pg_ctl("stop");
}

}  // namespace cg::testing
