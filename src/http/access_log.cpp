#include "http/access_log.h"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <stdexcept>

namespace cg::http {

AccessLog::AccessLog(const std::string& destination) {
  if (destination == "off") return;
  if (destination == "-") {
    file_ = stdout;
  } else {
    file_ = std::fopen(destination.c_str(), "a");
    if (!file_) throw std::runtime_error("cannot open access log " + destination);
    owns_file_ = true;
  }
  flusher_ = std::thread([this] { flush_loop(); });
}

AccessLog::~AccessLog() {
  if (!file_) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  flusher_.join();
  if (owns_file_) std::fclose(file_);
}

void AccessLog::write(const AccessLogEntry& e) {
  if (!file_) return;
  boost::json::object line{{"time", e.time},
                           {"request_id", e.request_id},
                           {"remote", e.remote_address},
                           {"method", e.method},
                           {"path", e.path},
                           {"route", e.route},
                           {"status", e.status},
                           {"bytes", e.response_bytes},
                           {"duration_ms", e.duration_ms}};
  std::string text = boost::json::serialize(line);
  text += '\n';
  std::lock_guard lock(mutex_);
  pending_ += text;
}

void AccessLog::flush_loop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, std::chrono::milliseconds(200));
    std::string batch;
    batch.swap(pending_);
    lock.unlock();
    if (!batch.empty()) {
      std::fwrite(batch.data(), 1, batch.size(), file_);
      std::fflush(file_);
    }
    lock.lock();
  }
  if (!pending_.empty()) {
    std::fwrite(pending_.data(), 1, pending_.size(), file_);
    std::fflush(file_);
  }
}

}  // namespace cg::http
