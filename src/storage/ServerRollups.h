#pragma once

#include <QStringList>
#include <QtGlobal>
#include <bit>
#include <string_view>

namespace cd {

class Database;

// Schema v13 on a server: one row per unit holding its accepted progress and its first
// submissions, packed as bytes and kept in step by triggers on task_progress and reports.
//
// Why: the dashboard, its trends and the scoring read every unit's figures at once: 110,000
// task_progress rows and 65,000 reports at 5,000 units. A server writes each row and each value
// of a result on its own, which made such a read take twice the whole dashboard on a file;
// 5,000 rows of bytes go out in a fraction of that. A file reads the tables themselves: it has
// no such cost, so it has no such table either. The table is derived: `copy` leaves it, and
// the triggers fill it wherever rows arrive, copies included.
class ServerRollups
{
public:
    // The statements for the schema named by `schema`, quoted as the server quotes it.
    static QStringList statements(const QString& schema);
    // Units whose rolled-up row differs from their task_progress rows and reports, as `check`
    // reports them; 0 where there are no rollups (a file).
    static int mismatches(Database& db);

    // progress: per task in id order, the task id, accepted sum and accepted reports as
    // big-endian int8, float8, int8.
    template<typename Visit> // void(qint64 task, double sum, int reports)
    static void forEachProgress(std::string_view packed, Visit&& visit)
    {
        for (size_t at = 0; at + kProgressEntry <= packed.size(); at += kProgressEntry) {
            const char* e = packed.data() + at;
            visit(qint64(bigEndian(e)), std::bit_cast<double>(bigEndian(e + 8)), int(qint64(bigEndian(e + 16))));
        }
    }
    // first_submissions: per period in id order, the period id as a big-endian int8 and the
    // day of the unit's first submission for it as ten characters, yyyy-MM-dd.
    template<typename Visit> // void(qint64 period, std::string_view day)
    static void forEachFirstSubmission(std::string_view packed, Visit&& visit)
    {
        for (size_t at = 0; at + kSubmissionEntry <= packed.size(); at += kSubmissionEntry)
            visit(qint64(bigEndian(packed.data() + at)), packed.substr(at + 8, 10));
    }

private:
    static constexpr size_t kProgressEntry = 24;
    static constexpr size_t kSubmissionEntry = 18;
    static quint64 bigEndian(const char* bytes)
    {
        quint64 v = 0;
        for (int i = 0; i < 8; ++i) v = (v << 8) | quint8(bytes[i]);
        return v;
    }
};

} // namespace cd
