#include "widgets/common/StaleEdit.h"

#include "reports/AuditWords.h"
#include "services/ServiceContext.h"
#include "widgets/common/Dialogs.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cd::staleedit {
namespace {

QString text(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

} // namespace

bool isStale(const Error& e) { return e.reason == QLatin1String(kStaleEdit); }

Choice ask(QWidget* parent, const QString& title, const Error& refusal, const QJsonObject& asRead, const QJsonObject& stored, const QJsonObject& mine)
{
    const QString theirs = auditwords::changes(text(asRead), text(stored));
    const QString yours = auditwords::changes(text(asRead), text(mine));
    QString details = QCoreApplication::translate("cd::staleedit", "Their change: %1\nYours: %2")
                          .arg(theirs.isEmpty() ? QCoreApplication::translate("cd::staleedit", "none") : theirs,
                               yours.isEmpty() ? QCoreApplication::translate("cd::staleedit", "none") : yours);
    // A field both changed: applying this person's replaces the other's value there, knowingly.
    QStringList both;
    for (auto it = mine.begin(); it != mine.end(); ++it)
        if (it.value() != asRead.value(it.key()) && stored.value(it.key()) != asRead.value(it.key())) both << auditwords::field(it.key());
    if (!both.isEmpty())
        details += QLatin1Char('\n') + QCoreApplication::translate("cd::staleedit", "You both changed %1: applying yours replaces their value there.")
                                        .arg(both.join(QStringLiteral("、")));
    const auto answer = dialogs::choose(parent, title, refusal.message, details,
                                        {{QMessageBox::Yes, QCoreApplication::translate("cd::staleedit", "Apply &mine on top of theirs")},
                                         {QMessageBox::No, QCoreApplication::translate("cd::staleedit", "&Show theirs")},
                                         {QMessageBox::Cancel, QCoreApplication::translate("cd::staleedit", "&Keep editing")}},
                                        QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) return Choice::ApplyMine;
    if (answer == QMessageBox::No) return Choice::ShowTheirs;
    return Choice::KeepEditing;
}

} // namespace cd::staleedit
