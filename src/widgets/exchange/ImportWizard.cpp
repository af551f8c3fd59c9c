#include "widgets/exchange/ImportWizard.h"

#include "exchange/SheetImport.h"
#include "exchange/SheetReader.h"
#include "exchange/XlsxReader.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"
#include "widgets/exchange/ImportPreviewModel.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cd {

class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard* w) : QWizardPage(w), m_wizard(w) {}
    bool isComplete() const override { return QFileInfo(m_wizard->m_fileEdit->text().trimmed()).isFile(); }

private:
    ImportWizard* m_wizard;
};

class ImportPreviewPage : public QWizardPage
{
public:
    explicit ImportPreviewPage(ImportWizard* w) : QWizardPage(w), m_wizard(w) {}
    void initializePage() override { m_wizard->startReading(); }
    bool isComplete() const override { return m_wizard->canFinish(); }

private:
    ImportWizard* m_wizard;
};

ImportWizard::ImportWizard(Workspace& workspace, Kind kind, QWidget* parent)
    : QWizard(parent), m_workspace(workspace), m_kind(kind), m_fileEdit(new QLineEdit), m_sheetCombo(new QComboBox),
      m_summary(new QLabel), m_busy(new QProgressBar), m_previewTable(new QTableView), m_skipRejected(new QCheckBox),
      m_previewModel(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(kind == Kind::Units ? tr("Import units") : tr("Import responsibility lists"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    resize(820, 560);

    auto* filePage = new ImportFilePage(this);
    filePage->setTitle(tr("Choose the sheet"));
    filePage->setSubTitle(kind == Kind::Units
                              ? tr("A CSV or Excel file with a header row naming at least 单位名称 (unit name). A title row above the "
                                   "header, a 序号 column and blank rows are fine.")
                              : tr("A CSV or Excel file with the columns 单位名称, 任务编号, 责任人 and optionally 责任层级, 职务, "
                                   "责任内容, 量化目标."));
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    auto* browse = new QPushButton(tr("Br&owse…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit);
    fileRow->addWidget(browse);
    m_sheetCombo->setObjectName(QStringLiteral("importSheetCombo"));
    m_sheetCombo->setEnabled(false);
    auto* form = new QFormLayout(filePage);
    auto* fileLabel = new QLabel(tr("&File"));
    fileLabel->setBuddy(m_fileEdit); // a layout row gets no buddy by itself
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Worksheet"), m_sheetCombo);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::openFileName(this, tr("Choose a sheet"), dialogs::FileKind::Sheet,
                                                   tr("Sheets (*.xlsx *.csv);;All files (*)"));
        if (!path.isEmpty()) setFile(path);
    });
    connect(m_fileEdit, &QLineEdit::textChanged, filePage, [this, filePage] {
        const QString path = m_fileEdit->text().trimmed();
        m_sheetCombo->clear();
        const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) && QFileInfo(path).isFile();
        if (xlsx)
            if (auto names = XlsxReader::sheetNames(path)) m_sheetCombo->addItems(*names);
        m_sheetCombo->setEnabled(m_sheetCombo->count() > 1);
        emit filePage->completeChanged();
    });

    auto* previewPage = new ImportPreviewPage(this);
    previewPage->setTitle(tr("Check before importing"));
    previewPage->setSubTitle(tr("Nothing is written until you press Import. The import is all or nothing."));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_previewTable->setObjectName(QStringLiteral("importPreviewTable"));
    m_previewTable->setModel(m_previewModel);
    views::setUpTable(m_previewTable, QStringLiteral("importPreview"));
    m_previewTable->sortByColumn(1, Qt::AscendingOrder);
    m_skipRejected->setObjectName(QStringLiteral("skipRejectedCheck"));
    m_skipRejected->setText(tr("Import the other rows and leave the rejected ones out"));
    m_skipRejected->hide();
    connect(m_skipRejected, &QCheckBox::toggled, previewPage, &QWizardPage::completeChanged);
    auto* layout = new QVBoxLayout(previewPage);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_previewTable);
    layout->addWidget(m_skipRejected);

    setPage(FilePage, filePage);
    setPage(PreviewPage, previewPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    connect(&m_reader, &QFutureWatcher<Result<Sheet>>::finished, this, &ImportWizard::sheetRead);
}

void ImportWizard::setFile(const QString& path) { m_fileEdit->setText(path); }

QString ImportWizard::groupsLine()
{
    const QStringList made = UnitService(m_workspace.context()).groupsToCreate(m_units);
    if (made.isEmpty()) return {};
    return QLatin1Char('\n') + tr("%n group(s) to make: %1", nullptr, int(made.size())).arg(made.join(QStringLiteral("、")));
}

int ImportWizard::addedCount() const
{
    return int(m_kind == Kind::Units ? m_units.added.size() : m_responsibilities.added.size());
}
int ImportWizard::updatedCount() const
{
    return int(m_kind == Kind::Units ? m_units.updated.size() : m_responsibilities.updated.size());
}
int ImportWizard::rejectedCount() const
{
    return int(m_kind == Kind::Units ? m_units.rejected.size() : m_responsibilities.rejected.size());
}

void ImportWizard::startReading()
{
    m_ready = false;
    m_previewModel->setLines({});
    m_summary->setText(tr("Reading the sheet…"));
    m_busy->show();
    m_skipRejected->hide();
    m_skipRejected->setChecked(false);
    // Reading and parsing touch no database, so they run off the UI thread.
    const QString path = m_fileEdit->text().trimmed();
    const QString sheet = m_sheetCombo->count() > 1 ? m_sheetCombo->currentText() : QString();
    m_reader.setFuture(QtConcurrent::run([path, sheet] { return readSheet(path, sheet); }));
}

void ImportWizard::sheetRead()
{
    m_busy->hide();
    const Result<Sheet> sheet = m_reader.result();
    QList<ImportPreviewModel::Line> lines;
    QString error;
    if (!sheet) {
        error = sheet.error().message;
    } else if (m_kind == Kind::Units) {
        auto rows = SheetImport::unitRows(*sheet);
        if (!rows) {
            error = rows.error().message;
        } else {
            m_units = UnitService(m_workspace.context()).preview(*rows);
            // The unit's category, and the group the row places it in.
            const auto detail = [](const UnitImportRow& r) {
                return r.groupPath.isEmpty() ? r.unit.category : QStringLiteral("%1 · %2").arg(r.unit.category, r.groupPath);
            };
            for (const auto& r : m_units.added) lines.append({ImportPreviewModel::Action::Add, r.row, r.unit.name, detail(r)});
            for (const auto& r : m_units.updated) lines.append({ImportPreviewModel::Action::Update, r.row, r.unit.name, detail(r)});
            for (const auto& r : m_units.rejected) lines.append({ImportPreviewModel::Action::Reject, r.row, QString(), r.reason});
        }
    } else {
        auto rows = SheetImport::responsibilityRows(*sheet);
        auto campaign = m_workspace.campaign();
        if (!rows) {
            error = rows.error().message;
        } else if (!campaign) {
            error = tr("Create the campaign before importing responsibility lists.");
        } else {
            m_responsibilities = ResponsibilityService(m_workspace.context()).preview(campaign->id, *rows);
            auto what = [](const ResponsibilityImportRow& r) { return QStringLiteral("%1 · %2 · %3").arg(r.unitName, r.taskCode, r.person); };
            for (const auto& r : m_responsibilities.added) lines.append({ImportPreviewModel::Action::Add, r.row, what(r), r.duty});
            for (const auto& r : m_responsibilities.updated) lines.append({ImportPreviewModel::Action::Update, r.row, what(r), r.duty});
            for (const auto& r : m_responsibilities.rejected) lines.append({ImportPreviewModel::Action::Reject, r.row, QString(), r.reason});
        }
    }
    if (!error.isEmpty()) {
        m_summary->setText(tr("The sheet cannot be imported: %1").arg(error));
    } else {
        const int unchanged = m_kind == Kind::Units ? m_units.unchanged : m_responsibilities.unchanged;
        m_summary->setText(tr("%1 rows to add, %2 to update, %3 unchanged, %4 rejected.")
                               .arg(addedCount())
                               .arg(updatedCount())
                               .arg(unchanged)
                               .arg(rejectedCount()) +
                           (m_kind == Kind::Units ? groupsLine() : QString()));
        m_skipRejected->setVisible(rejectedCount() > 0);
        m_ready = true;
    }
    m_previewModel->setLines(lines);
    m_previewTable->resizeColumnToContents(0);
    m_previewTable->resizeColumnToContents(1);
    m_previewTable->setColumnWidth(2, 320);
    emit page(PreviewPage)->completeChanged();
    emit previewReady();
}

bool ImportWizard::canFinish() const
{
    return m_ready && addedCount() + updatedCount() > 0 && (rejectedCount() == 0 || m_skipRejected->isChecked());
}

void ImportWizard::accept()
{
    if (!canFinish()) return;
    const Status s = m_kind == Kind::Units ? UnitService(m_workspace.context()).apply(m_units)
                                           : ResponsibilityService(m_workspace.context()).apply(m_responsibilities);
    if (!s) {
        dialogs::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(s.error().message));
        return;
    }
    m_workspace.notifyChanged();
    QWizard::accept();
}

} // namespace cd
