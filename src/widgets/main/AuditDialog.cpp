#include "widgets/main/AuditDialog.h"

#include "exchange/TableWriter.h"
#include "services/AuditService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {

// The earliest date a date box shows as "any".
const QDate kAny(2000, 1, 1);

QString value(const QJsonValue& v)
{
    if (v.isString()) return v.toString();
    if (v.isBool()) return v.toBool() ? QCoreApplication::translate("cd::AuditDialog", "yes") : QCoreApplication::translate("cd::AuditDialog", "no");
    if (v.isDouble()) return QString::number(v.toDouble());
    if (v.isNull() || v.isUndefined()) return QStringLiteral("—");
    const QJsonDocument d = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray());
    return QString::fromUtf8(d.toJson(QJsonDocument::Compact));
}

} // namespace

QString AuditDialog::actionName(const QString& id)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("campaign.create"), QT_TR_NOOP("campaign created")},     {QStringLiteral("demo.generate"), QT_TR_NOOP("demo written")},
        {QStringLiteral("unit.create"), QT_TR_NOOP("unit added")},               {QStringLiteral("unit.import"), QT_TR_NOOP("unit imported")},
        {QStringLiteral("unit.update"), QT_TR_NOOP("unit changed")},             {QStringLiteral("task.create"), QT_TR_NOOP("task added")},
        {QStringLiteral("task.update"), QT_TR_NOOP("task changed")},             {QStringLiteral("responsibility.create"), QT_TR_NOOP("responsibility added")},
        {QStringLiteral("responsibility.update"), QT_TR_NOOP("responsibility changed")},
        {QStringLiteral("responsibility.delete"), QT_TR_NOOP("responsibility removed")},
        {QStringLiteral("responsibility.import"), QT_TR_NOOP("responsibility list imported")},
        {QStringLiteral("plan.submit"), QT_TR_NOOP("plan submitted")},           {QStringLiteral("report.save"), QT_TR_NOOP("report saved")},
        {QStringLiteral("report.submit"), QT_TR_NOOP("report submitted")},       {QStringLiteral("report.accept"), QT_TR_NOOP("report accepted")},
        {QStringLiteral("report.return"), QT_TR_NOOP("report returned")},        {QStringLiteral("inspection.create"), QT_TR_NOOP("inspection recorded")},
        {QStringLiteral("problem.create"), QT_TR_NOOP("problem line opened")},   {QStringLiteral("problem.transition"), QT_TR_NOOP("problem line moved on")},
        {QStringLiteral("problem.escalate"), QT_TR_NOOP("problem line escalated")}, {QStringLiteral("case.create"), QT_TR_NOOP("case recorded")},
        {QStringLiteral("case.publish"), QT_TR_NOOP("case published")},          {QStringLiteral("settings.save"), QT_TR_NOOP("settings saved")},
        {QStringLiteral("assessment.rubric"), QT_TR_NOOP("rubric saved")},       {QStringLiteral("assessment.enter"), QT_TR_NOOP("score entered")},
        {QStringLiteral("assessment.override"), QT_TR_NOOP("score overridden")},
        {QStringLiteral("assessment.clear"), QT_TR_NOOP("score cleared")},       {QStringLiteral("assessment.lock"), QT_TR_NOOP("assessment locked")},
        {QStringLiteral("assessment.unlock"), QT_TR_NOOP("assessment unlocked")}, {QStringLiteral("bulletin.edit"), QT_TR_NOOP("bulletin draft saved")},
        {QStringLiteral("bulletin.issue"), QT_TR_NOOP("bulletin issued")},       {QStringLiteral("bulletin.correct"), QT_TR_NOOP("bulletin corrected")},
        {QStringLiteral("user.create"), QT_TR_NOOP("account added")},            {QStringLiteral("user.disable"), QT_TR_NOOP("account disabled")},
        {QStringLiteral("user.password"), QT_TR_NOOP("password changed")},       {QStringLiteral("user.reset"), QT_TR_NOOP("password reset")},
        {QStringLiteral("package.export"), QT_TR_NOOP("task package made")},     {QStringLiteral("package.import"), QT_TR_NOOP("report package taken in")},
        {QStringLiteral("package.make"), QT_TR_NOOP("report package made")},
    };
    const auto it = names.constFind(id);
    return it == names.cend() ? id : tr(*it);
}

QString AuditDialog::kindName(const QString& id)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("campaign"), QT_TR_NOOP("campaign")},   {QStringLiteral("unit"), QT_TR_NOOP("unit")},
        {QStringLiteral("task"), QT_TR_NOOP("task")},           {QStringLiteral("responsibility"), QT_TR_NOOP("responsibility")},
        {QStringLiteral("plan"), QT_TR_NOOP("plan")},           {QStringLiteral("report"), QT_TR_NOOP("report")},
        {QStringLiteral("problem"), QT_TR_NOOP("problem line")}, {QStringLiteral("inspection"), QT_TR_NOOP("inspection")},
        {QStringLiteral("case"), QT_TR_NOOP("typical case")},   {QStringLiteral("bulletin"), QT_TR_NOOP("bulletin")},
        {QStringLiteral("settings"), QT_TR_NOOP("settings")},   {QStringLiteral("user"), QT_TR_NOOP("account")},
    };
    const auto it = names.constFind(id);
    return it == names.cend() ? id : tr(*it);
}

QString AuditDialog::changes(const QString& beforeJson, const QString& afterJson)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    QStringList out;
    for (const QString& k : keys) {
        const QJsonValue a = before.value(k), b = after.value(k);
        if (a == b) continue;
        if (before.isEmpty()) out << QStringLiteral("%1：%2").arg(k, value(b));
        else out << QStringLiteral("%1：%2 → %3").arg(k, value(a), value(b));
    }
    return out.join(QStringLiteral("；"));
}

AuditDialog::AuditDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_actor(new QLineEdit), m_entity(new QComboBox), m_since(new QDateEdit), m_until(new QDateEdit),
      m_text(new QLineEdit), m_rows(views::plainTable({tr("No."), tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Record no."), tr("Changes")})),
      m_status(new QLabel)
{
    setWindowTitle(tr("Audit record"));
    setObjectName(QStringLiteral("auditDialog"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_rows->setObjectName(QStringLiteral("auditRows"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_entity->addItem(tr("Any"), QString());
    for (const char* kind : {"campaign", "unit", "task", "responsibility", "plan", "report", "problem", "inspection", "case", "bulletin", "user", "settings"})
        m_entity->addItem(kindName(QString::fromLatin1(kind)), QString::fromLatin1(kind));
    for (QDateEdit* d : {m_since, m_until}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setMinimumDate(kAny);
        d->setSpecialValueText(tr("any"));
        d->setDate(kAny);
    }
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_until->setObjectName(QStringLiteral("auditUntil"));

    auto* filters = new QFormLayout;
    filters->addRow(tr("&Person (login)"), m_actor);
    filters->addRow(tr("Record &kind"), m_entity);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_since);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_until);
    dates->addStretch();
    auto* datesLabel = new QLabel(tr("&Dates"));
    datesLabel->setBuddy(m_since);
    filters->addRow(datesLabel, dates);
    filters->addRow(tr("&Text"), m_text);

    auto* searchButton = new QPushButton(tr("&Search"));
    searchButton->setDefault(true);
    auto* verifyButton = new QPushButton(tr("&Verify the record"));
    verifyButton->setObjectName(QStringLiteral("auditVerify"));
    auto* exportButton = new QPushButton(tr("&Export…"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(searchButton, QDialogButtonBox::ActionRole);
    buttons->addButton(verifyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(searchButton, &QPushButton::clicked, this, &AuditDialog::search);
    connect(verifyButton, &QPushButton::clicked, this, &AuditDialog::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::exportTable);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditDialog::search);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditDialog::search);

    m_rows->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1000, 600);
    search();
}

int AuditDialog::rowCount() const { return m_rows->rowCount(); }

void AuditDialog::search()
{
    AuditFilter f;
    f.actor = m_actor->text().trimmed();
    f.entity = m_entity->currentData().toString();
    if (m_since->date() > kAny) f.since = m_since->date();
    if (m_until->date() > kAny) f.until = m_until->date();
    f.text = m_text->text().trimmed();
    auto rows = AuditService(m_workspace.context()).list(f);
    if (!rows) {
        m_status->setText(rows.error().message);
        return;
    }
    m_rows->setSortingEnabled(false);
    m_rows->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const AuditEntry& e = (*rows)[r];
        const QStringList cells{QString::number(e.id), e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, actionName(e.action), kindName(e.entity),
                                e.entityId ? QString::number(e.entityId) : QString(), changes(e.beforeJson, e.afterJson)};
        for (int c = 0; c < cells.size(); ++c) m_rows->setItem(r, c, views::cell(cells[c]));
    }
    m_rows->setSortingEnabled(true);
    m_rows->resizeColumnToContents(1); // the time, whole
    m_status->setText(tr("%n change(s) shown.", nullptr, int(rows->size())));
}

void AuditDialog::verify()
{
    auto v = AuditService(m_workspace.context()).verify();
    if (!v) return m_status->setText(v.error().message);
    m_status->setText(v->firstBad ? tr("The record is NOT intact: row %1 does not match the chain — a row was changed, deleted or inserted there.").arg(v->firstBad)
                                  : tr("The record is intact: %1 rows, code %2.").arg(v->rows).arg(AuditChain::shortCode(v->head)));
}

Table AuditDialog::table() const
{
    Table t;
    for (int c = 0; c < m_rows->columnCount(); ++c) t.header << m_rows->horizontalHeaderItem(c)->text();
    for (int r = 0; r < m_rows->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_rows->columnCount(); ++c) row << (m_rows->item(r, c) ? m_rows->item(r, c)->text() : QString());
        t.rows << row;
    }
    return t;
}

void AuditDialog::exportTable()
{
    const QString path = dialogs::saveFileName(this, tr("Export the audit record"), dialogs::FileKind::Export, tr("audit-record.xlsx"),
                                               tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    if (auto s = TableWriter::write(table(), path, tr("Audit record")); !s) dialogs::warning(this, tr("Audit record"), s.error().message);
}

} // namespace cd
