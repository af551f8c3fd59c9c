#include "widgets/main/AuditDialog.h"

#include "exchange/TableWriter.h"
#include "reports/AuditWords.h"
#include "reports/OfficialDocument.h"
#include "reports/RegisterDocuments.h"
#include "services/AuditService.h"
#include "services/UnitService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/DocumentOutput.h"
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
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cd {

namespace {

// The earliest date a date box shows as "any".
const QDate kAny(2000, 1, 1);

} // namespace

AuditDialog::AuditDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_actor(new QLineEdit), m_entity(new QComboBox), m_action(new QComboBox), m_since(new QDateEdit),
      m_until(new QDateEdit),
      m_text(new QLineEdit), m_rows(views::plainTable({tr("No."), tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Record no."), tr("Changes")})),
      m_status(new QLabel), m_record(new QLabel)
{
    setWindowTitle(tr("Audit record"));
    setObjectName(QStringLiteral("auditDialog"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("auditUnit"));
    m_unit->addItem(tr("Any"), qint64(0));
    // The office chooses a unit; a unit's secretary sees the own unit's records anyway.
    if (m_workspace.can(Operation::Supervise))
        for (const Unit& u : UnitService(m_workspace.context()).list()) m_unit->addItem(u.name, u.id);
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_rows->setObjectName(QStringLiteral("auditRows"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_entity->addItem(tr("Any"), QString());
    for (const char* kind : {"campaign", "unit", "task", "responsibility", "plan", "report", "problem", "inspection", "case", "bulletin", "user", "settings"})
        m_entity->addItem(auditwords::kind(QString::fromLatin1(kind)), QString::fromLatin1(kind));
    m_action->addItem(tr("Any"), QString());
    for (const char* action : {"unit.create", "unit.import", "unit.update", "task.update", "responsibility.import", "plan.submit", "report.submit", "report.accept",
                               "report.return", "problem.create", "problem.transition", "problem.escalate", "inspection.create", "case.create",
                               "bulletin.issue", "bulletin.correct", "assessment.enter", "assessment.override", "assessment.clear", "assessment.lock",
                               "assessment.unlock", "package.export", "package.import", "settings.save", "user.create", "user.disable"})
        m_action->addItem(auditwords::action(QString::fromLatin1(action)), QString::fromLatin1(action));
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
    if (m_workspace.can(Operation::CoordinateAll)) filters->addRow(tr("&Unit"), m_unit);
    else m_unit->hide();
    filters->addRow(tr("Record &kind"), m_entity);
    filters->addRow(tr("&Action"), m_action);
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
    auto* printButton = new QPushButton(tr("P&rint"));
    printButton->setObjectName(QStringLiteral("auditPrint"));
    auto* printMenu = new QMenu(printButton);
    output::addActions(printMenu, this, [this]() -> std::optional<output::Document> {
        output::Document d;
        d.title = tr("Audit record");
        d.fileName = d.title;
        d.style = PageStyle::officialLandscape();
        const AuditFilter f = filter();
        const QString heading = m_recordTitle.isEmpty() ? QStringLiteral("“三抓一促”活动操作记录") : QStringLiteral("%1的操作记录").arg(m_recordTitle);
        d.build = [this, f, heading](OfficialDocument& doc) { return RegisterDocuments::auditRecord(doc, m_workspace.context(), f, heading); };
        return d;
    });
    printButton->setMenu(printMenu);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(searchButton, QDialogButtonBox::ActionRole);
    buttons->addButton(verifyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(printButton, QDialogButtonBox::ActionRole);
    // Only the office proves the whole record; a unit reads its own history.
    verifyButton->setVisible(m_workspace.can(Operation::CoordinateAll));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(searchButton, &QPushButton::clicked, this, &AuditDialog::search);
    connect(verifyButton, &QPushButton::clicked, this, &AuditDialog::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::exportTable);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditDialog::search);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditDialog::search);

    m_rows->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    m_record->hide();
    layout->addWidget(m_record);
    layout->addLayout(filters);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1000, 600);
    search();
}

int AuditDialog::rowCount() const { return m_rows->rowCount(); }

void AuditDialog::openHistory(QWidget* parent, Workspace& workspace, const QString& title, const QString& entity, qint64 entityId, qint64 unitId,
                              const QString& action, const QString& text)
{
    AuditDialog dialog(workspace, parent);
    dialog.m_text->setText(text);
    dialog.showHistory(title, entity, entityId, unitId, action);
    dialog.exec();
}

void AuditDialog::showHistory(const QString& title, const QString& entity, qint64 entityId, qint64 unitId, const QString& action)
{
    m_recordTitle = title;
    m_recordEntity = entity;
    m_recordId = entityId;
    m_recordUnit = unitId;
    m_recordAction = action;
    setWindowTitle(tr("History of %1").arg(title));
    m_record->setText(tr("The history of %1: every change to it, oldest first.").arg(title));
    m_record->show();
    m_entity->setEnabled(entity.isEmpty());
    m_unit->setEnabled(unitId == 0 && entity.isEmpty());
    m_action->setEnabled(action.isEmpty());
    search();
}

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    f.actor = m_actor->text().trimmed();
    f.entity = m_recordEntity.isEmpty() ? m_entity->currentData().toString() : m_recordEntity;
    f.entityId = m_recordId;
    f.unitId = m_recordUnit ? m_recordUnit : m_unit->currentData().toLongLong();
    f.action = m_recordAction.isEmpty() ? m_action->currentData().toString() : m_recordAction;
    if (m_since->date() > kAny) f.since = m_since->date();
    if (m_until->date() > kAny) f.until = m_until->date();
    f.text = m_text->text().trimmed();
    return f;
}

void AuditDialog::search()
{
    auto rows = AuditService(m_workspace.context()).list(filter());
    if (!rows) {
        m_status->setText(rows.error().message);
        return;
    }
    // A change awaiting its place in the chain (on a server, written while the chain's lock was
    // busy) has only a provisional number: it is listed last, as the newest, and said so.
    // (Provisional numbers fall as rows are written, so those come in reverse from the query.)
    const auto awaiting = std::stable_partition(rows->begin(), rows->end(), [](const AuditEntry& e) { return e.id > 0; });
    std::reverse(awaiting, rows->end());
    m_rows->setSortingEnabled(false);
    m_rows->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const AuditEntry& e = (*rows)[r];
        const QStringList cells{e.id > 0 ? QString::number(e.id) : tr("awaiting"), e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, auditwords::action(e.action), auditwords::kind(e.entity),
                                e.entityId ? QString::number(e.entityId) : QString(), auditwords::changes(e.beforeJson, e.afterJson)};
        for (int c = 0; c < cells.size(); ++c) m_rows->setItem(r, c, views::cell(cells[c]));
        m_rows->item(r, int(cells.size()) - 1)->setToolTip(cells.last()); // the whole change, when the column cuts it
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
                                  : tr("The record is intact: %1 rows, code %2.").arg(v->rows).arg(AuditChain::shortCode(v->head)) +
                                        (v->pending > 0 ? QLatin1Char(' ') + AuditService::pendingNote(v->pending) : QString()));
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
