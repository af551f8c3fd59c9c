#include "widgets/bulletin/BulletinPage.h"

#include "exchange/TableWriter.h"
#include "reports/BulletinDocument.h"
#include "reports/DocumentFiles.h"
#include "reports/PdfRenderer.h"
#include "services/BulletinService.h"
#include "services/CampaignService.h"
#include "services/GroupService.h"
#include "services/SettingsService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/DocumentOutput.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace cd {

BulletinPage::BulletinPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_quarter(new QComboBox), m_issuer(new QComboBox),
      m_issued(views::plainTable({tr("No."), tr("Quarter"), tr("Status"), tr("Issued on"), tr("By")})), m_summary(new QLabel),
      m_tabs(new QTabWidget), m_save(new QPushButton(tr("&Save draft"))), m_issue(new QPushButton(tr("&Issue…"))),
      m_correct(new QPushButton(tr("&Correct…"))), m_copyTo(new QLineEdit), m_charts(new QCheckBox(tr("Print the figu&res"))),
      m_nameLimit(new QSpinBox), m_apart(new QCheckBox(tr("Unit &table as a separate spreadsheet"))), m_made(new QLabel)
{
    setObjectName(QStringLiteral("bulletinPage"));
    m_quarter->setObjectName(QStringLiteral("quarterCombo"));
    m_quarter->setSizeAdjustPolicy(QComboBox::AdjustToContents); // 2026年第三季度 whole, whatever the bar holds
    m_issuer->setObjectName(QStringLiteral("issuerCombo"));
    m_issuer->setToolTip(tr("The whole campaign's bulletin, or a group's, issued by its own office with numbers of its own"));
    m_issuer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_issued->setObjectName(QStringLiteral("issuedTable"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QStringList sections{tr("1 Overall situation"), tr("3 Good practice"), tr("4 Problems"), tr("5 Next steps")};
    for (int i = 0; i < 4; ++i) {
        m_editors[i] = new QTextEdit;
        m_editors[i]->setObjectName(QStringLiteral("sectionEdit%1").arg(i));
        m_editors[i]->setAcceptRichText(true);
        m_editors[i]->setTabChangesFocus(true);
        m_tabs->addTab(m_editors[i], sections[i]);
        if (i == 0) {
            // Section 2 is the program's own: said where it would be written, not left a gap.
            auto* made = m_made;
            made->setObjectName(QStringLiteral("generatedSection"));
            made->setWordWrap(true);
            made->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            made->setMargin(12);
            m_tabs->addTab(made, tr("2 Figures (made by the program)"));
        }
    }
    // Bold, italic and underline are what the printed bulletin keeps.
    auto* format = new QToolBar;
    const auto addFormat = [&](const QString& text, const QKeySequence& key, auto apply) {
        QAction* a = format->addAction(text);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this, apply] {
            auto* editor = qobject_cast<QTextEdit*>(m_tabs->currentWidget());
            if (editor && !editor->isReadOnly()) apply(editor);
        });
    };
    addFormat(tr("Bold"), QKeySequence::Bold, [](QTextEdit* e) { e->setFontWeight(e->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold); });
    addFormat(tr("Italic"), QKeySequence::Italic, [](QTextEdit* e) { e->setFontItalic(!e->fontItalic()); });
    addFormat(tr("Underline"), QKeySequence::Underline, [](QTextEdit* e) { e->setFontUnderline(!e->fontUnderline()); });

    auto* output = new QPushButton(tr("&Print"));
    auto* menu = new QMenu(output);
    output::addActions(menu, this, [this] { return document(); });
    menu->addSeparator();
    menu->addAction(tr("Unit table as a spreadsheet…"), this, &BulletinPage::saveTable);
    output->setMenu(menu);

    auto* bar = new QHBoxLayout;
    auto* quarterLabel = new QLabel(tr("&Quarter"));
    quarterLabel->setBuddy(m_quarter);
    bar->addWidget(quarterLabel);
    bar->addWidget(m_quarter);
    auto* issuerLabel = new QLabel(tr("Iss&uer"));
    issuerLabel->setObjectName(QStringLiteral("issuerLabel"));
    issuerLabel->setBuddy(m_issuer);
    bar->addWidget(issuerLabel);
    bar->addWidget(m_issuer);
    bar->addStretch();
    bar->addWidget(m_save);
    bar->addWidget(m_issue);
    bar->addWidget(m_correct);
    bar->addWidget(output);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Issued bulletins (select one to see it as issued)")));
    leftLayout->addWidget(m_issued);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(format);
    rightLayout->addWidget(m_tabs, 1);
    // 版记 and figures: what the office sets per bulletin; the 抄送 list is remembered.
    m_copyTo->setObjectName(QStringLiteral("copyToEdit"));
    m_charts->setObjectName(QStringLiteral("chartsCheck"));
    m_charts->setToolTip(tr("The on-time rate by month, problems found and struck off, and completion by pillar, as figures under section 1."));
    auto* options = new QHBoxLayout;
    auto* copyLabel = new QLabel(tr("Copy t&o:"));
    copyLabel->setBuddy(m_copyTo);
    options->addWidget(copyLabel);
    options->addWidget(m_copyTo, 1);
    options->addWidget(m_charts);
    // 点名: how many units each heading names, the worst first; where the per-unit table goes.
    m_nameLimit->setObjectName(QStringLiteral("nameLimitSpin"));
    m_nameLimit->setRange(0, BulletinService::kMaxNameLimit);
    m_nameLimit->setSpecialValueText(tr("all"));
    m_nameLimit->setToolTip(tr("How many units each list of section 4 names, the worst first, with \"等N个单位\" after; 0 names them all"));
    auto* limitLabel = new QLabel(tr("&Name at most:"));
    limitLabel->setBuddy(m_nameLimit);
    options->addWidget(limitLabel);
    options->addWidget(m_nameLimit);
    m_apart->setObjectName(QStringLiteral("attachmentApartCheck"));
    m_apart->setToolTip(tr("For a campaign in groups: every unit's line goes in a spreadsheet sent with the bulletin (Print ▸ Unit table as a spreadsheet) "
                           "instead of the printed attachment; the attachment note says so"));
    options->addWidget(m_apart);
    rightLayout->addLayout(options);
    connect(m_nameLimit, &QSpinBox::valueChanged, this, [this] { m_optionsModified = true; });
    connect(m_apart, &QCheckBox::clicked, this, [this] { m_optionsModified = true; });
    connect(m_copyTo, &QLineEdit::textEdited, this, [this] { m_optionsModified = true; });
    connect(m_charts, &QCheckBox::clicked, this, [this] { m_optionsModified = true; });
    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_issuer, &QComboBox::activated, this, [this] { selectGroup(m_issuer->currentData().toLongLong()); });
    connect(m_quarter, &QComboBox::activated, this, [this] {
        if (!confirmLeave()) {
            // Cancel: nothing happens. The quarter goes back and the typing stays as it was.
            m_quarter->setCurrentIndex(m_quarter->findData(m_current));
            return;
        }
        m_issued->clearSelection();
        showQuarter();
    });
    connect(m_issued, &QTableWidget::cellClicked, this, [this](int row) {
        if (!confirmLeave()) return;
        showIssued(m_issued->item(row, 0)->text().toInt());
    });
    connect(m_save, &QPushButton::clicked, this, &BulletinPage::saveDraft);
    connect(m_issue, &QPushButton::clicked, this, &BulletinPage::issue);
    connect(m_correct, &QPushButton::clicked, this, &BulletinPage::correct);
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::request);
    connect(&m_workspace, &Workspace::changed, lazy, [this, lazy] {
        if (!isModified()) lazy->request(); // never throw away typing for a refresh
    });
    lazy->request();
}

QTextEdit* BulletinPage::editor(int section) const { return section >= 0 && section < 4 ? m_editors[section] : nullptr; }

bool BulletinPage::isModified() const
{
    if (m_optionsModified) return true;
    for (auto* e : m_editors)
        if (e->document()->isModified()) return true;
    return false;
}

void BulletinPage::reload()
{
    const QString keep = m_quarter->currentData().toString();
    m_quarter->clear();
    m_issued->setRowCount(0);
    {
        // The whole campaign, and each group with an office of its own (which issues its part's).
        // An account that runs one part issues its own group's and those of the groups under it.
        QSignalBlocker block(m_issuer);
        m_issuer->clear();
        const Actor& actor = m_workspace.actor();
        if (!actor.scoped()) m_issuer->addItem(tr("The whole campaign"), qint64(0));
        if (m_workspace.isOpen()) {
            const GroupTree tree = GroupService(m_workspace.context()).tree();
            for (const auto& g : GroupService(m_workspace.context()).overview())
                if ((!g.group.officeName.isEmpty() || g.group.id == actor.groupId) && (!actor.scoped() || tree.within(g.group.id, actor.groupId)))
                    m_issuer->addItem(g.path, g.group.id);
        }
        const int at = m_issuer->findData(m_group);
        if (at < 0) m_group = m_issuer->count() > 0 ? m_issuer->itemData(0).toLongLong() : 0;
        m_issuer->setCurrentIndex(std::max(0, at));
        m_issuer->setVisible(m_issuer->count() > 1);
        if (auto* label = findChild<QLabel*>(QStringLiteral("issuerLabel"))) label->setVisible(m_issuer->count() > 1);
    }
    if (!m_workspace.isOpen()) return;
    auto campaign = CampaignService(m_workspace.context()).current();
    if (!campaign) return;
    for (int q = 1; q <= 4; ++q) {
        const QString code = QStringLiteral("%1Q%2").arg(campaign->year).arg(q);
        BulletinContent label;
        label.quarter = code;
        m_quarter->addItem(label.quarterLabel(), code);
    }
    // The quarter most recently ended, unless one was chosen.
    const QDate today = m_workspace.context().clock.today();
    int current = today.year() > campaign->year ? 3 : std::clamp((today.month() - 1) / 3 - 1, 0, 3);
    if (!keep.isEmpty() && m_quarter->findData(keep) >= 0) current = m_quarter->findData(keep);
    m_quarter->setCurrentIndex(current);
    const auto list = service().list();
    int row = 0;
    for (const auto& r : list) {
        if (r.status == BulletinStatus::Draft) continue;
        m_issued->insertRow(row);
        const QStringList cells{QString::number(r.number), r.quarter,
                                r.status == BulletinStatus::Issued ? tr("Issued") : tr("Superseded"),
                                r.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.issuedBy};
        for (int c = 0; c < cells.size(); ++c) m_issued->setItem(row, c, views::cell(cells[c]));
        ++row;
    }
    m_issued->resizeColumnsToContents();
    m_issued->horizontalHeader()->setStretchLastSection(true);
    if (m_shownNumber > 0) showIssued(m_shownNumber);
    else showQuarter();
}

BulletinService BulletinPage::service() const { return BulletinService(m_workspace.context(), m_group); }

void BulletinPage::selectGroup(qint64 groupId)
{
    if (groupId == m_group || !confirmLeave()) {
        QSignalBlocker block(m_issuer);
        m_issuer->setCurrentIndex(std::max(0, m_issuer->findData(m_group)));
        return;
    }
    m_group = groupId;
    m_shownNumber = 0;
    reload();
}

void BulletinPage::selectQuarter(const QString& code)
{
    const int i = m_quarter->findData(code);
    if (i < 0) return;
    m_quarter->setCurrentIndex(i);
    m_shownNumber = 0;
    showQuarter();
}

void BulletinPage::showQuarter()
{
    m_shownNumber = 0;
    m_current = m_quarter->currentData().toString();
    if (m_current.isEmpty()) return;
    auto c = service().draft(m_current);
    if (!c) {
        m_summary->setText(c.error().message);
        return;
    }
    m_content = *std::move(c);
    m_draftVersion = service().draftVersion(m_current);
    fillEditors(m_workspace.can(Operation::Supervise));
}

void BulletinPage::showIssued(int number)
{
    auto c = service().issued(number);
    if (!c) return dialogs::warning(this, tr("Bulletin"), c.error().message);
    m_shownNumber = number;
    m_content = *std::move(c);
    fillEditors(false);
}

// The units a 点名 line names, as the printed bulletin does: the first `limit` and how many in all.
QString BulletinPage::named(const QStringList& units, int limit)
{
    if (units.isEmpty()) return tr("none");
    if (limit <= 0 || units.size() <= limit) return units.join(QStringLiteral("、")).toHtmlEscaped();
    return tr("%1 and %n more", nullptr, int(units.size() - limit)).arg(units.mid(0, limit).join(QStringLiteral("、")).toHtmlEscaped());
}

void BulletinPage::fillEditors(bool editable)
{
    const BulletinContent& c = m_content;
    const QString state = m_shownNumber > 0 ? tr("No. %1 as issued on %2 — it no longer changes.").arg(c.number).arg(c.date.toString(Qt::ISODate))
                                            : tr("Draft of %1, figures as of %2.").arg(c.quarterLabel(), c.asOf.toString(Qt::ISODate));
    m_summary->setText(tr("<b>%1</b><br>%2 units · reports due %3: %4 on time, %5 late, %6 missing · problem lines found %7, struck off %8, "
                          "overdue %9<br>Named for missing reports: %10<br>Named for overdue lines: %11")
                           .arg(state.toHtmlEscaped())
                           .arg(c.units)
                           .arg(c.reportsDue)
                           .arg(c.reportsOnTime)
                           .arg(c.reportsLate)
                           .arg(c.reportsMissing)
                           .arg(c.problemsFound)
                           .arg(c.problemsClosed)
                           .arg(c.problemsOverdue)
                           .arg(named(c.missingReports, c.nameLimit), named(c.overdueProblems, c.nameLimit)));
    const QString html[4] = {c.overview, c.practices, c.problems, c.nextSteps};
    for (int i = 0; i < 4; ++i) {
        m_editors[i]->setHtml(html[i]);
        m_editors[i]->setReadOnly(!editable);
        m_editors[i]->document()->setModified(false);
    }
    m_copyTo->setText(c.copyTo);
    m_copyTo->setReadOnly(!editable);
    m_charts->setChecked(c.charts);
    m_charts->setEnabled(editable);
    {
        QSignalBlocker block(m_nameLimit);
        m_nameLimit->setValue(c.nameLimit);
    }
    m_nameLimit->setEnabled(editable);
    m_apart->setChecked(c.attachmentApart);
    m_apart->setEnabled(editable && !c.groups.isEmpty());
    m_made->setText(c.groups.isEmpty()
                        ? tr("Section 2, the table of every unit's figures for the quarter, is made from the campaign's records "
                             "when the bulletin is printed or issued: there is nothing to write for it here. Print ▸ Print preview shows it.")
                        : tr("Section 2, the table of the groups' figures for the quarter, is made from the campaign's records when the bulletin is "
                             "printed or issued, and so is every unit's line: printed as the attachment, or sent as a spreadsheet of its own when "
                             "\"Unit table as a separate spreadsheet\" is ticked. Print ▸ Print preview shows them."));
    m_optionsModified = false;
    // A leader reads the bulletin; writing, issuing and correcting are the office's.
    const bool office = m_workspace.can(Operation::Supervise);
    for (auto* b : {m_save, m_issue, m_correct}) b->setVisible(office);
    m_save->setEnabled(editable);
    m_issue->setEnabled(editable);
    m_correct->setEnabled(m_shownNumber > 0 && office);
}

void BulletinPage::collect()
{
    if (m_shownNumber > 0) return;
    m_content.overview = m_editors[0]->toHtml();
    m_content.practices = m_editors[1]->toHtml();
    m_content.problems = m_editors[2]->toHtml();
    m_content.nextSteps = m_editors[3]->toHtml();
    m_content.copyTo = m_copyTo->text().trimmed();
    m_content.charts = m_charts->isChecked();
    m_content.nameLimit = m_nameLimit->value();
    m_content.attachmentApart = m_apart->isChecked();
}

bool BulletinPage::saveDraft()
{
    if (m_shownNumber > 0 || m_current.isEmpty()) return false;
    collect();
    const BulletinSections s{m_content.overview, m_content.practices, m_content.problems, m_content.nextSteps, m_content.copyTo, m_content.charts,
                             m_content.nameLimit, m_content.attachmentApart};
    if (auto r = service().saveDraft(m_current, s, m_draftVersion); !r) {
        dialogs::warning(this, tr("Save draft"), r.error().message);
        return false;
    }
    m_draftVersion = service().draftVersion(m_current);
    for (auto* e : m_editors) e->document()->setModified(false);
    m_optionsModified = false;
    m_workspace.notifyChanged();
    return true;
}

bool BulletinPage::confirmLeave()
{
    if (!isModified()) return true;
    const auto answer = dialogs::question(this, tr("Bulletin"), tr("Save the changes to the draft of %1?").arg(m_content.quarterLabel()),
                                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) return saveDraft();
    for (auto* e : m_editors) e->document()->setModified(false);
    m_optionsModified = false;
    return true;
}

void BulletinPage::issue()
{
    if (m_shownNumber > 0 || m_current.isEmpty()) return;
    if (isModified() && !saveDraft()) return;
    if (dialogs::question(this, tr("Issue"),
                          tr("Issue the bulletin for %1 with the next number? Once issued it cannot be edited, only superseded by a "
                             "corrected issue.")
                              .arg(m_content.quarterLabel()),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    auto number = service().issue(m_current);
    if (!number) return dialogs::warning(this, tr("Issue"), number.error().message);
    m_shownNumber = *number;
    m_workspace.notifyChanged();
}

void BulletinPage::correct()
{
    if (m_shownNumber == 0) return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Correct"), tr("What does the corrected issue correct?"), QLineEdit::Normal, {}, &ok);
    if (!ok) return;
    auto quarter = service().correct(m_shownNumber, reason);
    if (!quarter) return dialogs::warning(this, tr("Correct"), quarter.error().message);
    m_shownNumber = 0;
    m_workspace.notifyChanged();
    selectQuarter(*quarter);
}

std::optional<output::Document> BulletinPage::document()
{
    if (m_content.quarter.isEmpty()) return std::nullopt;
    collect();
    output::Document d;
    d.title = BulletinDocument::title(m_content);
    d.fileName = m_content.number > 0 ? tr("bulletin-%1-no%2").arg(m_content.quarter).arg(m_content.number) : tr("bulletin-%1-draft").arg(m_content.quarter);
    d.build = [content = m_content, seals = SettingsService(m_workspace.context()).current().seals](OfficialDocument& doc) {
        doc.setSeals(seals);
        BulletinDocument::write(doc, content);
        return Status{};
    };
    return d;
}

void BulletinPage::saveTable()
{
    if (m_content.quarter.isEmpty()) return;
    collect();
    const QString name = m_content.number > 0 ? tr("bulletin-%1-no%2.xlsx").arg(m_content.quarter).arg(m_content.number)
                                              : tr("bulletin-%1-draft.xlsx").arg(m_content.quarter);
    const QString path = dialogs::saveFileName(this, tr("Save the bulletin's unit table"), dialogs::FileKind::Export, name, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty()) return;
    if (auto written = TableWriter::write(BulletinDocument::unitTable(m_content), path, m_content.quarter); !written)
        dialogs::warning(this, tr("Bulletin"), written.error().message);
}

} // namespace cd
