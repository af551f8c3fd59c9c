#include "storage/NativeQuery.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <sqlite3.h>

namespace cd {

NativeQuery::NativeQuery(Database& db, const char* sql)
{
    if (db.isServer()) {
        m_server = std::make_unique<QSqlQuery>(db.sql());
        m_server->setForwardOnly(true);
        if (!m_server->prepare(QString::fromUtf8(sql))) m_error = m_server->lastError().text();
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

NativeQuery::~NativeQuery() { sqlite3_finalize(m_stmt); }

NativeQuery& NativeQuery::bind(int index, qint64 value)
{
    if (m_server) m_server->bindValue(index - 1, value);
    if (m_stmt) sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

NativeQuery& NativeQuery::bind(int index, const QString& value)
{
    if (m_server) m_server->bindValue(index - 1, value);
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

bool NativeQuery::next()
{
    if (m_server) {
        if (!m_error.isEmpty()) return false;
        if (!m_started) {
            m_started = true;
            if (!m_server->exec()) {
                m_error = m_server->lastError().text();
                return false;
            }
        }
        if (!m_server->next()) return false;
        m_row.clear();
        for (int c = 0; c < m_server->record().count(); ++c) m_row.push_back(m_server->value(c).toString().toUtf8());
        return true;
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

qint64 NativeQuery::int64(int column) const { return m_server ? m_server->value(column).toLongLong() : sqlite3_column_int64(m_stmt, column); }
double NativeQuery::real(int column) const { return m_server ? m_server->value(column).toDouble() : sqlite3_column_double(m_stmt, column); }

QString NativeQuery::text(int column) const
{
    if (m_server) return m_server->value(column).toString();
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view NativeQuery::utf8(int column) const
{
    if (m_server) return column < int(m_row.size()) ? std::string_view(m_row[size_t(column)].constData(), size_t(m_row[size_t(column)].size())) : std::string_view();
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

} // namespace cd
