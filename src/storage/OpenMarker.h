#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace cd {

// Who has a campaign file open: a small file beside it (NAME.cdb.open) that the first program
// to open the file writes and removes when it closes. A second program finds it and can tell
// its user who else is working in the file. SQLite keeps the two programs' writes apart
// either way; the marker only tells people. A marker left by a program that was killed is
// recognised (same computer, no such process) and replaced.
class OpenMarker
{
public:
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since;
    };

    // Claims the marker for `dbPath`, unless another running program holds it (other() then
    // says who). A folder nobody may write to gets no marker.
    explicit OpenMarker(const QString& dbPath);
    ~OpenMarker();
    OpenMarker(const OpenMarker&) = delete;
    OpenMarker& operator=(const OpenMarker&) = delete;

    const std::optional<Holder>& other() const { return m_other; }
    bool claimed() const { return m_claimed; }
    static QString markerPath(const QString& dbPath) { return dbPath + QStringLiteral(".open"); }

private:
    QString m_marker;
    bool m_claimed = false;
    std::optional<Holder> m_other;
};

} // namespace cd
