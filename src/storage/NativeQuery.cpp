#include "storage/NativeQuery.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <cstdlib>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace cd {

namespace {

// SQLite's ? placeholders as PostgreSQL's $1, $2 … (none of these statements has a ? in a
// string literal).
std::string numbered(const char* sql)
{
    std::string out;
    int n = 0;
    for (const char* c = sql; *c; ++c) {
        if (*c == '?') out += '$' + std::to_string(++n);
        else out += *c;
    }
    return out;
}

} // namespace

NativeQuery::NativeQuery(Database& db, const char* sql, Rows rows)
{
    if (db.isServer()) {
        m_binary = rows == Rows::Binary;
        m_server = db.serverHandle();
        if (!m_server) m_error = QStringLiteral("no PostgreSQL connection");
        m_sql = numbered(sql);
        return;
    }
    m_handle = static_cast<sqlite3*>(db.nativeHandle());
    if (!m_handle) {
        m_error = QStringLiteral("no SQLite connection");
        return;
    }
    m_rc = sqlite3_prepare_v2(m_handle, sql, -1, &m_stmt, nullptr);
    if (m_rc != SQLITE_OK) m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
}

NativeQuery::~NativeQuery()
{
    sqlite3_finalize(m_stmt);
    if (m_result) PQclear(m_result);
}

NativeQuery& NativeQuery::bind(int index, qint64 value)
{
    if (m_server) {
        if (m_params.size() < size_t(index)) m_params.resize(size_t(index));
        m_params[size_t(index - 1)] = std::to_string(value);
    }
    if (m_stmt) sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

NativeQuery& NativeQuery::bind(int index, const QString& value)
{
    if (m_server) {
        if (m_params.size() < size_t(index)) m_params.resize(size_t(index));
        m_params[size_t(index - 1)] = value.toStdString();
    }
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

NativeQuery& NativeQuery::bind(int index, const QByteArray& value)
{
    if (m_server) {
        if (m_params.size() < size_t(index)) m_params.resize(size_t(index));
        if (m_formats.size() < size_t(index)) m_formats.resize(size_t(index));
        m_params[size_t(index - 1)] = value.toStdString();
        m_formats[size_t(index - 1)] = 1;
    }
    if (m_stmt) sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    return *this;
}

bool NativeQuery::next()
{
    if (m_server || !m_sql.empty()) {
        if (!m_error.isEmpty()) return false;
        if (!m_started) {
            m_started = true;
            std::vector<const char*> values;
            for (const auto& p : m_params) values.push_back(p.c_str());
            m_formats.resize(m_params.size());
            m_lengths.clear();
            for (const auto& p : m_params) m_lengths.push_back(int(p.size()));
            m_result = PQexecParams(m_server, m_sql.c_str(), int(values.size()), nullptr, values.data(), m_lengths.data(), m_formats.data(), m_binary ? 1 : 0);
            if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
                if (const char* state = PQresultErrorField(m_result, PG_DIAG_SQLSTATE)) m_sqlState = QString::fromLatin1(state);
                m_error = QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed();
                if (m_error.isEmpty()) m_error = QString::fromUtf8(PQerrorMessage(m_server)).trimmed();
                return false;
            }
            m_rows = PQntuples(m_result);
        }
        return ++m_row < m_rows;
    }
    if (!m_stmt || !m_error.isEmpty()) return false;
    m_rc = sqlite3_step(m_stmt);
    if (m_rc == SQLITE_ROW) return true;
    if (m_rc != SQLITE_DONE) m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return false;
}

Status NativeQuery::status() const
{
    if (m_error.isEmpty()) return {};
    return fail(Error::io(QCoreApplication::translate("cd::NativeQuery", "Could not read the campaign: %1").arg(m_error)));
}

QSqlError NativeQuery::sqlError() const
{
    if (m_error.isEmpty()) return {};
    return QSqlError(QString(), m_error, QSqlError::StatementError, m_server ? m_sqlState : QString::number(m_rc));
}

qint64 NativeQuery::int64(int column) const
{
    if (m_binary) { // an int8, big-endian
        const auto* bytes = reinterpret_cast<const unsigned char*>(PQgetvalue(m_result, m_row, column));
        quint64 v = 0;
        for (int i = 0; i < 8 && i < PQgetlength(m_result, m_row, column); ++i) v = (v << 8) | bytes[i];
        return qint64(v);
    }
    return m_server ? std::strtoll(PQgetvalue(m_result, m_row, column), nullptr, 10) : sqlite3_column_int64(m_stmt, column);
}

double NativeQuery::real(int column) const
{
    return m_server ? std::strtod(PQgetvalue(m_result, m_row, column), nullptr) : sqlite3_column_double(m_stmt, column);
}

QString NativeQuery::text(int column) const
{
    if (m_server) return PQgetisnull(m_result, m_row, column) ? QString() : QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view NativeQuery::utf8(int column) const
{
    if (m_server) return std::string_view(PQgetvalue(m_result, m_row, column), size_t(PQgetlength(m_result, m_row, column)));
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

std::string_view NativeQuery::bytes(int column) const
{
    if (m_server) return std::string_view(PQgetvalue(m_result, m_row, column), size_t(PQgetlength(m_result, m_row, column)));
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

} // namespace cd
