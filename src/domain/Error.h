#pragma once

#include <QString>
#include <expected>

namespace cd {

// A recoverable failure: a code for programs, a translated message for people.
struct Error
{
    enum class Code { Invalid, NotFound, Conflict, Io, Corrupt, TooNew, Permission, Cancelled };
    Code code = Code::Invalid;
    QString message;

    static Error invalid(QString m) { return {Code::Invalid, std::move(m)}; }
    static Error notFound(QString m) { return {Code::NotFound, std::move(m)}; }
    static Error conflict(QString m) { return {Code::Conflict, std::move(m)}; }
    static Error io(QString m) { return {Code::Io, std::move(m)}; }
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error e) { return std::unexpected<Error>(std::move(e)); }

} // namespace cd
