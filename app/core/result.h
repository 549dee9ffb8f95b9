#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ow {

// A value or a message that says what went wrong and where. Used where a failure is an
// expected outcome of bad input (files, user entry, dates outside the calendar).
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    static Result failure(QString error) { return Result(std::move(error), 0); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result(QString error, int)
        : m_error(std::move(error)) {}
    std::optional<T> m_value;
    QString m_error;
};

// For operations with no value: success, or the reason they failed.
class Status {
public:
    Status() = default;
    static Status failure(QString error) { return Status(std::move(error)); }
    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    explicit Status(QString error)
        : m_error(std::move(error)) {}
    QString m_error;
};

} // namespace ow
