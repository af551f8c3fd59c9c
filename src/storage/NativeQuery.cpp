#include "storage/NativeQuery.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace cd {

NativeQuery::NativeQuery(Database& db, const char* sql) : m_handle(static_cast<sqlite3*>(db.nativeHandle()))
{
    if (!m_handle) {
        m_error = QStringLiteral("no SQLite connection");
        return;
    }
    m_rc = sqlite3_prepare_v2(m_handle, sql, -1, &m_stmt, nullptr);
    if (m_rc != SQLITE_OK) m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
}

NativeQuery::~NativeQuery() { sqlite3_finalize(m_stmt); }

NativeQuery& NativeQuery::bind(int index, qint64 value)
{
    if (m_stmt) sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

NativeQuery& NativeQuery::bind(int index, const QString& value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

bool NativeQuery::next()
{
    if (!m_stmt || !m_error.isEmpty()) return false;
    m_rc = sqlite3_step(m_stmt);
    if (m_rc == SQLITE_ROW) return true;
    if (m_rc != SQLITE_DONE) m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return false;
}

Status NativeQuery::status() const
{
    if (m_error.isEmpty()) return {};
    return fail(Error::io(QCoreApplication::translate("cd::NativeQuery", "Could not read the campaign file: %1").arg(m_error)));
}

qint64 NativeQuery::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double NativeQuery::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString NativeQuery::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view NativeQuery::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

} // namespace cd
