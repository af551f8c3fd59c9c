#include "widgets/appraisal/ReportsTab.h"

#include "services/ReviewService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"
#include "widgets/reporting/AttachmentList.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {

QString statusText(const QString& status)
{
    if (status == QLatin1String("draft")) return ReportsTab::tr("Draft");
    if (status == QLatin1String("submitted")) return ReportsTab::tr("Waiting for review");
    if (status == QLatin1String("accepted")) return ReportsTab::tr("Accepted");
    if (status == QLatin1String("returned")) return ReportsTab::tr("Returned");
    return ReportsTab::tr("Not written");
}

} // namespace

ReportsTab::ReportsTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_people(views::plainTable({tr("Unit"), tr("Name"), tr("Level"), tr("Report"), tr("Version")})),
      m_text(new QPlainTextEdit), m_status(new QLabel), m_problems(views::plainTable({tr("Problem"), tr("Deadline"), tr("State")})),
      m_save(new QPushButton(tr("Save &draft"))), m_submit(new QPushButton(tr("Send for re&view"))), m_accept(new QPushButton(tr("A&ccept"))),
      m_return(new QPushButton(tr("Re&turn…"))), m_files(new AttachmentList), m_addFiles(new QPushButton(tr("Add evidence…"))),
      m_removeFile(new QPushButton(tr("Remove file"))), m_copyFile(new QPushButton(tr("Save a copy…")))
{
    m_files->setObjectName(QStringLiteral("reportFiles"));
    m_files->setMaximumHeight(90);
    setObjectName(QStringLiteral("reportsTab"));
    m_people->setObjectName(QStringLiteral("reportPeopleTable"));
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setPlaceholderText(tr("What you did on party building this year, how last year's problems were rectified, and this year's commitments."));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("reportProblemsTable"));
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_submit->setObjectName(QStringLiteral("submitReportButton"));
    m_accept->setObjectName(QStringLiteral("acceptReportButton"));
    m_return->setObjectName(QStringLiteral("returnReportButton"));

    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_status);
    editorLayout->addWidget(m_text, 3);
    auto* fileBar = new QHBoxLayout;
    fileBar->addWidget(new QLabel(tr("Evidence (drop files here)")));
    fileBar->addStretch(1);
    fileBar->addWidget(m_addFiles);
    fileBar->addWidget(m_removeFile);
    fileBar->addWidget(m_copyFile);
    editorLayout->addLayout(fileBar);
    editorLayout->addWidget(m_files);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    buttons->addStretch(1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_return);
    editorLayout->addLayout(buttons);
    editorLayout->addWidget(new QLabel(tr("The unit's problem lines of the year (查摆问题整改情况)")));
    editorLayout->addWidget(m_problems, 1);
    auto* split = new QSplitter;
    split->addWidget(m_people);
    split->addWidget(editor);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_people, &QTableWidget::itemSelectionChanged, this, &ReportsTab::showPerson);
    connect(m_files, &AttachmentList::filesDropped, this, [this](const QStringList& paths) {
        if (!m_text->isReadOnly()) addFiles(paths);
    });
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        addFiles(dialogs::openFileNames(this, tr("Add evidence"), AppSettings::FileKind::Evidence, tr("All files (*)")));
    });
    connect(m_removeFile, &QPushButton::clicked, this, [this] { delete m_files->currentItem(); });
    connect(m_copyFile, &QPushButton::clicked, this, [this] {
        auto* item = m_files->currentItem();
        if (!item || !item->data(Qt::UserRole).toLongLong()) return;
        auto bytes = ReviewService(m_workspace.context()).reportFile(m_shownReport, item->data(Qt::UserRole).toLongLong());
        if (!bytes) return dialogs::warning(this, tr("Save a copy"), bytes.error().message);
        const QString path = dialogs::saveFileName(this, tr("Save a copy"), AppSettings::FileKind::Evidence, item->text(), tr("All files (*)"));
        if (path.isEmpty()) return;
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size()) dialogs::warning(this, tr("Save a copy"), tr("%1 could not be written.").arg(path));
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_submit, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_accept, &QPushButton::clicked, this, [this] { review(true); });
    connect(m_return, &QPushButton::clicked, this, [this] { review(false); });
}

qint64 ReportsTab::currentPerson() const
{
    const int row = m_people->currentRow();
    return row < 0 || !m_people->item(row, 0) ? 0 : m_people->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void ReportsTab::setSession(qint64 sessionId, bool published)
{
    const qint64 keep = currentPerson();
    m_session = sessionId;
    m_published = published;
    ReviewService service(m_workspace.context());
    const auto people = service.people(sessionId);
    const auto reports = service.reports(sessionId);
    const QSignalBlocker blocker(m_people);
    m_people->setSortingEnabled(false);
    m_people->setRowCount(int(people.size()));
    int select = people.isEmpty() ? -1 : 0;
    for (int i = 0; i < people.size(); ++i) {
        const auto report = std::ranges::find(reports, people[i].id, &ReviewRepository::Report::personId);
        const bool has = report != reports.end();
        const QStringList texts{people[i].unit, people[i].name, displayName(people[i].level), statusText(has ? report->status : QString()),
                                has ? QString::number(report->version) : QString()};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = views::cell(texts[c]);
            item->setData(Qt::UserRole, people[i].id);
            m_people->setItem(i, c, item);
        }
        if (people[i].id == keep) select = i;
    }
    m_people->setSortingEnabled(true);
    m_people->resizeColumnsToContents();
    if (select >= 0) m_people->setCurrentCell(select, 0);
    showPerson();
}

void ReportsTab::showPerson()
{
    const qint64 person = currentPerson();
    ReviewService service(m_workspace.context());
    std::optional<ReviewRepository::Report> report;
    qint64 unit = 0;
    for (const auto& r : service.reports(m_session))
        if (r.personId == person) report = r;
    for (const auto& p : service.people(m_session))
        if (p.id == person) unit = p.unitId;
    m_text->setPlainText(report ? report->text : QString());
    m_shownReport = report ? report->id : 0;
    m_files->clear();
    if (report)
        for (const auto& f : service.reportFiles(report->id)) {
            auto* item = new QListWidgetItem(f.name, m_files);
            item->setData(Qt::UserRole, f.id);
        }
    QString status = statusText(report ? report->status : QString());
    if (report && !report->reviewComment.isEmpty()) status += tr(" — the office: %1").arg(report->reviewComment);
    if (report) status += tr(" (version %1, saved by %2)").arg(report->version).arg(report->savedBy);
    m_status->setText(person ? status : tr("Choose a person."));
    const QString state = report ? report->status : QString();
    const bool writes = person && !m_published && m_workspace.can(Operation::WriteUnitData, unit) && state != QLatin1String("submitted") &&
                        state != QLatin1String("accepted");
    m_text->setReadOnly(!writes);
    m_addFiles->setVisible(writes);
    m_removeFile->setVisible(writes);
    m_copyFile->setEnabled(m_files->count() > 0);
    const bool writer = m_workspace.can(Operation::WriteUnitData, unit) || m_workspace.can(Operation::RunReviews);
    m_save->setVisible(writer);
    m_submit->setVisible(writer);
    m_save->setEnabled(writes);
    m_submit->setEnabled(writes);
    const bool office = m_workspace.can(Operation::RunReviews);
    m_accept->setVisible(office);
    m_return->setVisible(office);
    m_accept->setEnabled(office && state == QLatin1String("submitted"));
    m_return->setEnabled(m_accept->isEnabled());
    m_problems->setSortingEnabled(false);
    m_problems->setRowCount(0);
    if (!person) return;
    const auto lines = service.yearsProblems(person);
    m_problems->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        m_problems->setItem(i, 0, views::cell(lines[i].description));
        m_problems->setItem(i, 1, views::cell(lines[i].deadline.toString(Qt::ISODate)));
        m_problems->setItem(i, 2, views::cell(displayName(lines[i].status)));
    }
    m_problems->setSortingEnabled(true);
}

void ReportsTab::save(bool submit)
{
    const qint64 person = currentPerson();
    if (!person) return;
    QList<NewFile> add;
    QList<qint64> keep;
    for (int i = 0; i < m_files->count(); ++i) {
        const QListWidgetItem* item = m_files->item(i);
        if (const qint64 id = item->data(Qt::UserRole).toLongLong()) {
            keep << id;
            continue;
        }
        const QString path = item->data(Qt::UserRole + 1).toString();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) return dialogs::warning(this, tr("述职报告"), tr("%1 could not be read.").arg(path));
        add.append({QFileInfo(path).fileName(), file.readAll()});
    }
    auto id = ReviewService(m_workspace.context()).saveReport(person, m_text->toPlainText(), submit, add, keep);
    if (!id) return dialogs::warning(this, tr("述职报告"), id.error().message);
    m_workspace.notifyChanged();
    setSession(m_session, m_published);
}

QListWidget* ReportsTab::files() const { return m_files; }

void ReportsTab::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (path.isEmpty()) continue;
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
        item->setData(Qt::UserRole, 0);
        item->setData(Qt::UserRole + 1, path);
    }
}

void ReportsTab::review(bool accept)
{
    const qint64 person = currentPerson();
    if (!person) return;
    QString comment;
    if (!accept) {
        bool ok = false;
        comment = QInputDialog::getText(this, tr("Return the report"), tr("What is to be improved:"), QLineEdit::Normal, {}, &ok);
        if (!ok) return;
    }
    if (auto r = ReviewService(m_workspace.context()).reviewReport(person, accept, comment); !r) return dialogs::warning(this, tr("述职报告"), r.error().message);
    m_workspace.notifyChanged();
    setSession(m_session, m_published);
}

} // namespace cd
