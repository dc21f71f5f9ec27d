#include "http/server.h"

#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <atomic>
#include <cstdio>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "domain/time_format.h"
#include "http/problem.h"
#include "http/standard_headers.h"

namespace cg::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;
constexpr auto as_tuple = asio::as_tuple(use_awaitable);
using Clock = std::chrono::steady_clock;
using BeastRequest = bhttp::request<bhttp::string_body>;

void log_info(const std::string& json_line) { std::fprintf(stderr, "%s\n", json_line.c_str()); }

tcp::endpoint parse_listen(const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) {
    throw std::runtime_error("--listen must be host:port, such as 127.0.0.1:8080, not " + listen);
  }
  std::string host = listen.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty()) host = "0.0.0.0";
  if (host == "localhost") host = "127.0.0.1";
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(host, ec);
  int port = -1;
  try {
    port = std::stoi(listen.substr(colon + 1));
  } catch (const std::exception&) {
  }
  if (ec || port < 0 || port > 65535) {
    throw std::runtime_error("--listen must be an IP address and port, such as 127.0.0.1:8080, not " + listen);
  }
  return {address, static_cast<unsigned short>(port)};
}

// Converts Beast's request into our plain value. Returns nullopt when the target is unparseable.
std::optional<Request> to_request(const BeastRequest& in, std::string remote) {
  auto target = boost::urls::parse_origin_form(in.target());
  if (!target) return std::nullopt;
  Request out;
  out.method = std::string(in.method_string());
  out.path = std::string(target->path());
  for (const auto& param : target->params()) out.query.emplace_back(param.key, param.value);
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  out.body = in.body();
  out.remote_address = std::move(remote);
  out.request_id = request_id_for(out);
  return out;
}

bhttp::response<bhttp::string_body> to_beast(Response&& in, bool head, bool keep_alive) {
  bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(in.status), 11};
  // insert, not set: a header may repeat (Set-Cookie); Response::set_header already replaces.
  for (auto& [name, value] : in.headers) out.insert(name, value);
  const auto length = in.body.size();
  if (!head) out.body() = std::move(in.body);
  out.content_length(length);
  out.keep_alive(keep_alive);
  return out;
}

// Runs `work` (which must not throw) on the worker pool and resumes the calling coroutine on its
// own executor with the result, so the I/O thread is free while the database works.
template <typename Work>
awaitable<Response> on_workers(asio::thread_pool& pool, Work work) {
  co_return co_await asio::async_initiate<decltype(use_awaitable), void(Response)>(
      [&pool, work = std::move(work)](auto handler) mutable {
        asio::post(pool, [work = std::move(work), handler = std::move(handler)]() mutable {
          Response response = work();
          auto executor = asio::get_associated_executor(handler);
          asio::dispatch(executor, [handler = std::move(handler), response = std::move(response)]() mutable {
            handler(std::move(response));
          });
        });
      },
      use_awaitable);
}

}  // namespace

struct Server::Impl {
  Impl(ServerOptions o, const Router& r, Metrics& m, AccessLog& l)
      : options(std::move(o)),
        router(r),
        metrics(m),
        access_log(l),
        io(options.io_threads),
        workers(static_cast<std::size_t>(std::max(1, options.worker_threads))),
        password_workers(static_cast<std::size_t>(std::max(1, options.password_threads))),
        acceptor(io),
        signals(io, SIGINT, SIGTERM),
        shutdown_timer(io) {}

  // A live connection, so shutdown can close the idle ones. Touched only on the connection's
  // strand, except `idle`, which the registry mutex guards.
  struct Connection {
    beast::tcp_stream* stream;
    asio::any_io_executor executor;
    bool idle = true;
  };

  // Constant after construction.
  const ServerOptions options;
  const Router& router;
  Metrics& metrics;
  AccessLog& access_log;

  asio::io_context io;
  asio::thread_pool workers;
  asio::thread_pool password_workers;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  asio::steady_timer shutdown_timer;
  std::atomic<bool> stopping{false};

  std::mutex registry_mutex;
  std::map<std::uint64_t, Connection> connections;  // guarded by registry_mutex
  std::uint64_t next_connection_id = 0;               // guarded by registry_mutex

  std::uint64_t register_connection(beast::tcp_stream& stream) {
    std::lock_guard lock(registry_mutex);
    connections.emplace(++next_connection_id, Connection{&stream, stream.get_executor()});
    return next_connection_id;
  }

  void set_idle(std::uint64_t id, bool idle) {
    std::lock_guard lock(registry_mutex);
    connections.at(id).idle = idle;
  }

  void unregister_connection(std::uint64_t id) {
    std::lock_guard lock(registry_mutex);
    connections.erase(id);
    if (stopping && connections.empty()) shutdown_timer.cancel();
  }

  void begin_shutdown() {
    if (stopping.exchange(true)) return;
    log_info(R"({"level":"info","message":"shutting down: no new connections, finishing requests in flight"})");
    boost::system::error_code ignored;
    acceptor.close(ignored);
    std::lock_guard lock(registry_mutex);
    for (auto& [id, connection] : connections) {
      // Hop onto the connection's strand; it is still registered there unless it already ended.
      asio::post(connection.executor, [this, id = id] {
        std::lock_guard inner(registry_mutex);
        auto it = connections.find(id);
        if (it != connections.end() && it->second.idle) it->second.stream->cancel();
      });
    }
    if (connections.empty()) return;
    shutdown_timer.expires_after(options.shutdown_timeout);
    shutdown_timer.async_wait([this](boost::system::error_code ec) {
      if (ec) return;  // cancelled: every connection finished in time
      log_info(R"({"level":"warn","message":"shutdown timeout: closing connections still busy"})");
      io.stop();
    });
  }

  awaitable<void> accept_loop() {
    for (;;) {
      auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(io), as_tuple);
      if (stopping) co_return;
      if (ec) {
        // Out of file descriptors and the like: back off briefly instead of spinning.
        asio::steady_timer pause(io, std::chrono::milliseconds(50));
        co_await pause.async_wait(as_tuple);
        continue;
      }
      auto executor = socket.get_executor();
      asio::co_spawn(executor, serve_connection(std::move(socket)), [](std::exception_ptr error) {
        if (!error) return;
        try {
          std::rethrow_exception(error);
        } catch (const std::exception& e) {
          std::fprintf(stderr, "{\"level\":\"error\",\"message\":\"connection failed: %s\"}\n", e.what());
        }
      });
    }
  }

  awaitable<void> write_and_close(beast::tcp_stream& stream, Response response, bool head) {
    auto message = to_beast(std::move(response), head, false);
    stream.expires_after(options.read_timeout);
    co_await bhttp::async_write(stream, message, as_tuple);
    // Read and discard what the client is still sending (the rest of an oversized body), so
    // closing does not reset the connection before the client has read our answer.
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    std::array<char, 8192> sink;
    std::size_t drained = 0;
    while (drained < 4 * options.max_body_bytes) {
      auto [ec, n] = co_await stream.async_read_some(asio::buffer(sink), as_tuple);
      if (ec) break;
      drained += n;
    }
  }

  awaitable<void> serve_connection(tcp::socket socket) {
    boost::system::error_code ec;
    socket.set_option(tcp::no_delay(true), ec);
    const auto endpoint = socket.remote_endpoint(ec);
    const std::string remote = ec ? std::string("unknown") : endpoint.address().to_string();
    beast::tcp_stream stream(std::move(socket));
    const auto id = register_connection(stream);
    metrics.connection_opened();
    beast::flat_buffer buffer;
    try {
      co_await serve_requests(stream, buffer, id, remote);
    } catch (...) {
      unregister_connection(id);
      metrics.connection_closed();
      throw;
    }
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    unregister_connection(id);
    metrics.connection_closed();
  }

  awaitable<void> serve_requests(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                 std::uint64_t id, const std::string& remote) {
    for (;;) {
      // Wait for the first byte of the next request for up to the idle timeout. Shutdown may
      // cancel this wait; a request that has begun to arrive is allowed to finish.
      if (stopping) co_return;
      if (buffer.size() == 0) {
        set_idle(id, true);
        stream.expires_after(options.idle_timeout);
        auto [ec, n] = co_await stream.async_read_some(buffer.prepare(4096), as_tuple);
        if (ec) co_return;
        buffer.commit(n);
      }
      set_idle(id, false);

      // The whole request, headers and body, must arrive within the read timeout, so a client
      // that trickles bytes cannot hold the connection.
      stream.expires_after(options.read_timeout);
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options.max_header_bytes));
      parser.body_limit(options.max_body_bytes);
      auto [header_ec, header_n] = co_await bhttp::async_read_header(stream, buffer, parser, as_tuple);
      if (header_ec) {
        co_await reject_unreadable(stream, header_ec);
        co_return;
      }
      if (parser.get()[bhttp::field::expect] == "100-continue") {
        bhttp::response<bhttp::empty_body> go_on{bhttp::status::continue_, 11};
        co_await bhttp::async_write(stream, go_on, as_tuple);
      }
      auto [body_ec, body_n] = co_await bhttp::async_read(stream, buffer, parser, as_tuple);
      if (body_ec) {
        co_await reject_unreadable(stream, body_ec);
        co_return;
      }

      const auto started = Clock::now();
      BeastRequest& raw = parser.get();
      const bool head = raw.method() == bhttp::verb::head;
      auto request = to_request(raw, remote);
      std::string route = "unmatched";
      Response response;
      if (!request) {
        Request placeholder;
        placeholder.path = std::string(raw.target());
        placeholder.request_id = request_id_for(placeholder);
        response = problem(400, "bad-request", "Bad request", "The request target is not a valid URL path.",
                           placeholder);
        request = std::move(placeholder);
      } else {
        response = co_await respond(*request, route);
      }
      add_standard_headers(response, *request, options.https);
      const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
      metrics.record(route, request->method, response.status, seconds);
      log_access(*request, route, response, seconds);

      const bool keep_alive = raw.keep_alive() && !stopping;
      auto message = to_beast(std::move(response), head, keep_alive);
      stream.expires_after(options.read_timeout);
      auto [write_ec, written] = co_await bhttp::async_write(stream, message, as_tuple);
      if (write_ec || !keep_alive) co_return;
    }
  }

  awaitable<Response> respond(Request& request, std::string& route_label) {
    auto match = router.match(request.method, request.path);
    switch (match.outcome) {
      case RouteMatch::Outcome::not_found:
        co_return route_not_found(request);
      case RouteMatch::Outcome::method_not_allowed:
        co_return method_not_allowed(request, match.allowed);
      case RouteMatch::Outcome::found:
        break;
    }
    const Route& route = *match.route;
    route_label = route.pattern;
    request.path_params = std::move(match.params);
    if (route.execution == Execution::io) co_return invoke(route, request);
    auto& pool = route.execution == Execution::password ? password_workers : workers;
    co_return co_await on_workers(pool, [&route, &request] { return invoke(route, request); });
  }

  // Answers a request that could not be read (too large, malformed) and closes; timeouts and
  // disconnects just close.
  awaitable<void> reject_unreadable(beast::tcp_stream& stream, boost::system::error_code ec) {
    Request request;
    request.request_id = request_id_for(request);
    Response response;
    if (ec == bhttp::error::body_limit) {
      response = problem(413, "body-too-large", "Request body too large",
                         "The body is larger than the server accepts (" +
                             std::to_string(options.max_body_bytes) + " bytes).",
                         request);
    } else if (ec == bhttp::error::header_limit) {
      response = problem(431, "headers-too-large", "Request headers too large",
                         "The request headers are larger than the server accepts (" +
                             std::to_string(options.max_header_bytes) + " bytes).",
                         request);
    } else if (ec.category() == boost::system::error_code(bhttp::error::bad_method).category() &&
               ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
      response = problem(400, "bad-request", "Bad request", "The request is not valid HTTP/1.1.", request);
    } else {
      co_return;  // timeout, reset or end of stream: nobody to answer
    }
    add_standard_headers(response, request, options.https);
    metrics.record("unmatched", "-", response.status, 0);
    co_await write_and_close(stream, std::move(response), false);
  }

  void log_access(const Request& request, const std::string& route, const Response& response,
                  double seconds) {
    if (!access_log.enabled()) return;
    access_log.write({format_utc(std::chrono::system_clock::now()), request.request_id,
                      request.remote_address, request.method, request.path, route, response.status,
                      response.body.size(), seconds * 1000.0});
  }
};

Server::Server(ServerOptions options, const Router& router, Metrics& metrics, AccessLog& access_log)
    : impl_(std::make_unique<Impl>(std::move(options), router, metrics, access_log)) {}

Server::~Server() = default;

std::string Server::bind() {
  const auto endpoint = parse_listen(impl_->options.listen);
  auto& acceptor = impl_->acceptor;
  boost::system::error_code ec;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) throw std::runtime_error("cannot listen on " + impl_->options.listen + ": " + ec.message());
  const auto bound = acceptor.local_endpoint();
  const auto host = bound.address().is_v6() ? "[" + bound.address().to_string() + "]" : bound.address().to_string();
  return host + ":" + std::to_string(bound.port());
}

void Server::run() {
  auto& impl = *impl_;
  impl.signals.async_wait([&impl](boost::system::error_code ec, int) {
    if (!ec) impl.begin_shutdown();
  });
  asio::co_spawn(impl.io, impl.accept_loop(), [&impl](std::exception_ptr) {
    // The acceptor closed (shutdown) or failed: stop waiting for signals so run() can return.
    boost::system::error_code ignored;
    impl.signals.cancel(ignored);
  });
  std::vector<std::thread> threads;
  for (int i = 1; i < impl.options.io_threads; ++i) threads.emplace_back([&impl] { impl.io.run(); });
  impl.io.run();
  for (auto& t : threads) t.join();
  impl.workers.join();
  impl.password_workers.join();
  log_info(R"({"level":"info","message":"stopped"})");
}

}  // namespace cg::http
