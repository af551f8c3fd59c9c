#pragma once

#include <QString>
#include <expected>
#include <optional>
#include <type_traits>

namespace cd {

// A recoverable failure: a code for programs, a translated message for people.
struct Error
{
    enum class Code { Invalid, NotFound, Conflict, Io, Corrupt, TooNew, Permission, Cancelled };
    Error() = default;
    Error(Code c, QString m, QString why = {}) : code(c), message(std::move(m)), reason(std::move(why)) {}
    Code code = Code::Invalid;
    QString message;
    QString reason; // a stable id where the code is too coarse (why a package was refused)

    static Error invalid(QString m) { return {Code::Invalid, std::move(m)}; }
    static Error notFound(QString m) { return {Code::NotFound, std::move(m)}; }
    static Error conflict(QString m) { return {Code::Conflict, std::move(m)}; }
    static Error io(QString m) { return {Code::Io, std::move(m)}; }
    static Error refused(QString why, QString m) { return {Code::Invalid, std::move(m), std::move(why)}; }
};

#if defined(__cpp_lib_expected)
template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error e) { return std::unexpected<Error>(std::move(e)); }
#else
// Only for the fuzzing build: clang 14 with libstdc++ 12 has no std::expected. The part of its
// interface this code uses, nothing more.
struct Failure
{
    Error error;
};

template <typename T> class Result
{
public:
    template <typename U = T>
        requires std::is_constructible_v<T, U&&>
    Result(U&& value) : m_value(std::forward<U>(value)) {}
    Result(Failure f) : m_error(std::move(f.error)) {}
    explicit operator bool() const { return m_value.has_value(); }
    bool has_value() const { return m_value.has_value(); }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    T&& operator*() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& value() { return *m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class Result<void>
{
public:
    Result() = default;
    Result(Failure f) : m_error(std::move(f.error)), m_failed(true) {}
    explicit operator bool() const { return !m_failed; }
    bool has_value() const { return !m_failed; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};
using Status = Result<void>;

inline Failure fail(Error e) { return Failure{std::move(e)}; }
#endif

} // namespace cd
