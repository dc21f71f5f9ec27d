// Exceptions the store throws. They mean broken infrastructure or a constraint the database
// enforced; repositories turn constraint violations into domain errors (e.g. 409), and the HTTP
// layer maps DatabaseUnavailable to 503.
#pragma once

#include <stdexcept>
#include <string>

namespace cg::store {

// The database cannot be reached, refused the connection, is shutting down, or stayed locked
// past the busy timeout. Retrying later may succeed.
class DatabaseUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A statement broke a UNIQUE or PRIMARY KEY constraint.
class UniqueViolation : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A statement broke a FOREIGN KEY constraint.
class ForeignKeyViolation : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Anything else: a bug in our SQL or a damaged database.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cg::store
