#include "storage/Query.h"

#include <QSqlDriver>
#include <QSqlField>

namespace cd::sql {

Query::Query(const QSqlDatabase& db)
    : QSqlQuery(db), m_server(db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL)
{
}

bool Query::prepare(const QString& statement)
{
    m_error = {};
    m_values.clear();
    m_next = 0;
    if (!m_server) return QSqlQuery::prepare(statement);
    m_statement = statement;
    return true;
}

bool Query::exec()
{
    m_error = {};
    if (!m_server) return QSqlQuery::exec();
    m_next = 0; // the next addBindValue starts a new run, as QSqlQuery's does
    QStringList literals;
    literals.reserve(m_values.size());
    QSqlField field;
    for (const QVariant& v : m_values) {
        field.setMetaType(v.metaType());
        if (!v.isValid() || v.isNull()) field.clear();
        else field.setValue(v);
        literals.append(driver()->formatValue(field));
    }
    bool ok = false;
    const QString text = substitute(m_statement, literals, &ok);
    if (!ok) {
        m_error = QSqlError(QStringLiteral("The statement's placeholders and values differ in number"), m_statement, QSqlError::StatementError);
        return false;
    }
    return QSqlQuery::exec(text);
}

bool Query::exec(const QString& statement)
{
    m_error = {};
    return QSqlQuery::exec(statement);
}

void Query::addBindValue(const QVariant& value)
{
    if (!m_server) return QSqlQuery::addBindValue(value);
    bindValue(m_next, value);
    ++m_next;
}

void Query::bindValue(int position, const QVariant& value)
{
    if (!m_server) return QSqlQuery::bindValue(position, value);
    if (m_values.size() <= position) m_values.resize(position + 1);
    m_values[position] = value;
}

QSqlError Query::lastError() const { return m_error.isValid() ? m_error : QSqlQuery::lastError(); }

QString Query::substitute(const QString& statement, const QStringList& literals, bool* ok)
{
    QString out;
    out.reserve(statement.size() + literals.size() * 16);
    qsizetype used = 0;
    const qsizetype n = statement.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = statement[i];
        if (c == u'\'' || c == u'"') {
            // A quoted literal or name, its quote doubled inside; E'…' also escapes with \.
            const bool backslashes = c == u'\'' && i > 0 && (statement[i - 1] == u'E' || statement[i - 1] == u'e') &&
                                     (i < 2 || !(statement[i - 2].isLetterOrNumber() || statement[i - 2] == u'_'));
            qsizetype j = i + 1;
            while (j < n) {
                if (backslashes && statement[j] == u'\\') j += 2;
                else if (statement[j] == c && j + 1 < n && statement[j + 1] == c) j += 2;
                else if (statement[j] == c) break;
                else ++j;
            }
            out += QStringView(statement).mid(i, std::min(j, n - 1) - i + 1);
            i = j;
        } else if (c == u'-' && i + 1 < n && statement[i + 1] == u'-') {
            const qsizetype end = statement.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end;
            out += QStringView(statement).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'/' && i + 1 < n && statement[i + 1] == u'*') {
            const qsizetype end = statement.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            out += QStringView(statement).mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'?') {
            if (used == literals.size()) {
                *ok = false;
                return {};
            }
            out += u'(';
            out += literals[used++];
            out += u')';
        } else {
            out += c;
        }
    }
    *ok = used == literals.size();
    return *ok ? out : QString();
}

} // namespace cd::sql
