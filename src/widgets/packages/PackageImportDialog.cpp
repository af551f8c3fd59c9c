#include "widgets/packages/PackageImportDialog.h"

#include "models/CollatingProxy.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {
namespace {

enum Column
{
    FileColumn,
    UnitColumn,
    NumberColumn,
    NewColumn,
    KnownColumn,
    KeptColumn,
    PlansColumn,
    AnswersColumn,
    ResultColumn,
    ColumnCount
};

QStandardItem* number(int n)
{
    auto* item = new QStandardItem;
    item->setData(n, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Work on the UI thread with a cancellable progress dialog.
PackageProgress progressIn(QProgressDialog& dialog)
{
    return [&dialog](qsizetype done, qsizetype total) {
        dialog.setMaximum(int(total));
        dialog.setValue(int(done));
        return !dialog.wasCanceled();
    };
}

} // namespace

PackageImportDialog::PackageImportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_proxy(new CollatingProxy(this)), m_table(new QTableView), m_filter(new QLineEdit),
      m_summary(new QLabel), m_notes(new QPlainTextEdit), m_import(new QPushButton(tr("&Import")))
{
    setWindowTitle(tr("Import report packages"));
    resize(1000, 560);
    m_model->setHorizontalHeaderLabels({tr("File"), tr("Unit"), tr("No."), tr("New reports"),
                                        tr("Already here"), tr("Kept as reviewed"), tr("New plans"),
                                        tr("Answers"), tr("Result")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_table->setModel(m_proxy);
    views::setUpTable(m_table, QStringLiteral("packageImport"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filter->setPlaceholderText(tr("Filter by file, unit or result"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(90);
    m_notes->setPlaceholderText(
        tr("The selected package's notes and the full reason of a refusal."));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PackageImportDialog::showNotes);

    auto* intro = new QLabel(tr("Choose the report packages (.cdreport) units sent back. Each is "
                                "checked first — signature, unit, campaign, "
                                "sequence and contents — and nothing changes until you import. "
                                "What the office has already reviewed stays."));
    intro->setWordWrap(true);
    auto* addFiles = new QPushButton(tr("Add &files…"));
    auto* addFolder = new QPushButton(tr("Add f&older…"));
    auto* clear = new QPushButton(tr("C&lear"));
    connect(addFiles, &QPushButton::clicked, this, [this] {
        const QStringList files =
            dialogs::openFileNames(this, tr("Report packages"), dialogs::FileKind::Package,
                                   tr("Report packages (*.cdreport)"));
        if (files.isEmpty()) return;
        addPaths(files);
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = dialogs::existingDirectory(this, tr("Folder of report packages"), dialogs::FileKind::Package);
        if (folder.isEmpty()) return;
        addPaths({folder});
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_paths.clear();
        m_checks.clear();
        fill();
    });
    auto* tools = new QHBoxLayout;
    tools->addWidget(addFiles);
    tools->addWidget(addFolder);
    tools->addWidget(clear);
    tools->addSpacing(12);
    tools->addWidget(m_filter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importChecked()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    fill();
}

void PackageImportDialog::addPaths(const QStringList& paths)
{
    m_paths.append(paths);
    m_paths.removeDuplicates();
    const QStringList files = PackageService::packageFiles(m_paths);
    if (files.isEmpty()) {
        dialogs::information(this, windowTitle(),
                             tr("No report packages (.cdreport) were found there."));
        return;
    }
    QProgressDialog progress(tr("Checking %n package(s)…", nullptr, int(files.size())),
                             tr("Cancel"), 0, int(files.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    m_checks = PackageService(m_workspace.context()).inspect(files, progressIn(progress));
    fill();
}

void PackageImportDialog::fill()
{
    m_model->removeRows(0, m_model->rowCount());
    int passed = 0, refused = 0, reports = 0;
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        const auto& c = m_checks[i];
        auto* file = new QStandardItem(QFileInfo(c.path).fileName());
        file->setToolTip(QDir::toNativeSeparators(c.path));
        file->setData(int(i), Qt::UserRole);
        QList<QStandardItem*> row{file, new QStandardItem(c.unitName)};
        // A refused package adds nothing: its counts stay empty rather than zero.
        for (int n : {int(c.header.sequence), c.newReports, c.knownReports, c.keptReviewed,
                      c.newPlans, c.answers})
            row.append(c.ok() ? number(n) : new QStandardItem);
        auto* result = new QStandardItem;
        if (c.ok()) {
            ++passed;
            reports += c.newReports;
            result->setText(c.notes.isEmpty()
                                ? tr("Ready")
                                : tr("Ready — %n note(s)", nullptr, int(c.notes.size())));
        } else {
            ++refused;
            result->setText(tr("Refused: %1").arg(c.refusal->message));
            result->setForeground(QColor(0xb0, 0x1e, 0x1e));
            result->setToolTip(c.refusal->message);
        }
        row.append(result);
        m_model->appendRow(row);
    }
    if (m_checks.isEmpty())
        m_summary->setText(tr("No packages chosen yet."));
    else
        m_summary->setText(tr("%1 packages: %2 can be imported (%3 new reports), %4 refused.")
                               .arg(m_checks.size())
                               .arg(passed)
                               .arg(reports)
                               .arg(refused));
    m_import->setEnabled(passed > 0);
    m_table->resizeColumnsToContents();
}

void PackageImportDialog::showNotes()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) return m_notes->clear();
    const int i = m_model->item(current.row(), FileColumn)->data(Qt::UserRole).toInt();
    const auto& c = m_checks.at(i);
    QStringList lines;
    if (!c.ok()) lines.append(c.refusal->message);
    lines.append(c.notes);
    if (lines.isEmpty()) lines.append(tr("Nothing to note."));
    m_notes->setPlainText(lines.join(QLatin1Char('\n')));
}

bool PackageImportDialog::importChecked()
{
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(m_checks.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto done = PackageService(m_workspace.context()).apply(m_checks, progressIn(progress));
    progress.reset();
    if (!done) {
        dialogs::warning(this, windowTitle(),
                         done.error().code == Error::Code::Cancelled
                             ? tr("The import was cancelled; nothing was taken in.")
                             : done.error().message);
        return false;
    }
    m_workspace.notifyChanged();
    dialogs::information(this, windowTitle(),
                         tr("Imported %1 packages: %2 reports, %3 plans and %4 answers on problem "
                            "lines. They wait in the review queue.")
                             .arg(done->packages)
                             .arg(done->reports)
                             .arg(done->plans)
                             .arg(done->answers));
    m_checks.clear();
    m_paths.clear();
    fill();
    return true;
}

} // namespace cd
