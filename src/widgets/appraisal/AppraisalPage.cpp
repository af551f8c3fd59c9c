#include "widgets/appraisal/AppraisalPage.h"

#include "reports/PdfRenderer.h"
#include "reports/ReviewDocuments.h"
#include "services/CampaignService.h"
#include "domain/Text.h"
#include "services/ReviewService.h"
#include "services/SettingsService.h"
#include "services/UnitService.h"
#include "widgets/appraisal/BallotEntry.h"
#include "widgets/appraisal/ReportsTab.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/DocumentOutput.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {

QString levelText(ResponsibilityLevel l) { return displayName(l); }

// A small form in a dialog: the rows given, OK and Cancel.
bool ask(QWidget* parent, const QString& title, const QList<QPair<QString, QWidget*>>& rows)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout;
    for (const auto& [label, field] : rows) form->addRow(label, field);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

AppraisalPage::AppraisalPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_session(new QComboBox), m_state(new QLabel), m_tabs(new QTabWidget), m_setup(new QWidget),
      m_people(views::plainTable({tr("No."), tr("Unit"), tr("Name"), tr("Level")})),
      m_groups(views::plainTable({tr("Voter group"), tr("Weight %"), tr("Issued"), tr("Serials")})), m_entry(new BallotEntry(workspace)),
      m_entryTab(m_entry),
      m_results(views::plainTable({tr("Unit"), tr("Name"), tr("Level"), markName(ReviewMark::Good), markName(ReviewMark::Fair), markName(ReviewMark::Average),
                                   markName(ReviewMark::Poor), tr("Valid"), tr("Invalid"), tr("Good rate"), tr("Score"), tr("Grade"), tr("Rank")})),
      m_reports(new ReportsTab(workspace)), m_differences(new QLabel), m_new(new QPushButton(tr("&New session…"))), m_edit(new QPushButton(tr("Session and &rules…"))),
      m_publish(new QPushButton(tr("&Publish results"))), m_amend(new QPushButton(tr("&Amend a ballot…"))),
      m_toProblems(new QPushButton(tr("Comments to problem &lines…"))), m_print(new QPushButton(tr("Pr&int")))
{
    setObjectName(QStringLiteral("appraisalPage"));
    m_session->setObjectName(QStringLiteral("sessionCombo"));
    m_new->setObjectName(QStringLiteral("newSessionButton"));
    m_publish->setObjectName(QStringLiteral("publishResultsButton"));
    m_amend->setObjectName(QStringLiteral("amendBallotButton"));
    m_toProblems->setObjectName(QStringLiteral("commentsToProblemsButton"));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_people->setObjectName(QStringLiteral("peopleTable"));
    m_people->setSortingEnabled(false); // the order is the order of reporting
    m_groups->setObjectName(QStringLiteral("groupsTable"));
    m_groups->setSortingEnabled(false);
    m_results->setObjectName(QStringLiteral("resultsTable"));
    m_differences->setObjectName(QStringLiteral("differencesLabel"));
    m_differences->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);

    // Who reports and who votes.
    const auto button = [this](const QString& text, auto slot) {
        auto* b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, slot);
        m_setupButtons << b;
        return b;
    };
    auto* peopleBar = new QHBoxLayout;
    peopleBar->addWidget(button(tr("A&dd person…"), &AppraisalPage::addPerson));
    peopleBar->addWidget(button(tr("From responsi&bility lists"), &AppraisalPage::fillPeople));
    peopleBar->addWidget(button(tr("Re&move"), &AppraisalPage::removePerson));
    peopleBar->addWidget(button(tr("&Up"), [this] { movePerson(-1); }));
    peopleBar->addWidget(button(tr("Do&wn"), [this] { movePerson(1); }));
    peopleBar->addStretch(1);
    auto* groupsBar = new QHBoxLayout;
    groupsBar->addWidget(button(tr("Add gr&oup…"), &AppraisalPage::addGroup));
    groupsBar->addWidget(button(tr("&Edit group…"), &AppraisalPage::editGroup));
    groupsBar->addStretch(1);
    auto* setup = new QVBoxLayout(m_setup);
    setup->addWidget(new QLabel(tr("Who reports, in the order they report")));
    setup->addWidget(m_people, 3);
    setup->addLayout(peopleBar);
    setup->addWidget(new QLabel(tr("Voter groups: their weights and the ballots issued to each")));
    setup->addWidget(m_groups, 1);
    setup->addLayout(groupsBar);

    auto* tally = new QWidget;
    auto* tallyLayout = new QVBoxLayout(tally);
    auto* tallyBar = new QHBoxLayout;
    tallyBar->addWidget(m_differences, 1);
    tallyBar->addWidget(m_toProblems);
    tallyLayout->addLayout(tallyBar);
    tallyLayout->addWidget(m_results, 1);

    m_tabs->addTab(m_setup, tr("People and groups"));
    m_tabs->addTab(m_entryTab, tr("Ballots"));
    m_tabs->addTab(tally, tr("Results"));
    m_tabs->addTab(m_reports, tr("Written reports"));

    auto* menu = new QMenu(m_print);
    menu->addAction(tr("Ballot forms as PDF…"), this, [this] {
        ReviewService service(m_workspace.context());
        auto s = service.session(currentSession());
        if (!s) return;
        auto docs = ReviewDocuments::ballots(*s, service.groups(s->id), service.people(s->id));
        if (docs.empty()) return dialogs::warning(this, tr("Ballot forms"), tr("No ballots are issued yet: give each group its number of ballots."));
        const QString path = dialogs::saveFileName(this, tr("Ballot forms"), AppSettings::FileKind::Document, s->title + QStringLiteral("测评表.pdf"),
                                                   tr("PDF (*.pdf)"));
        if (path.isEmpty()) return;
        QList<OfficialDocument*> pointers;
        for (auto& d : docs) pointers << d.get();
        if (auto r = PdfRenderer::writePdf(pointers, path, s->title); !r) dialogs::warning(this, tr("Ballot forms"), r.error().message);
    });
    menu->addSeparator();
    output::addActions(menu->addMenu(tr("Results register")), this, [this]() -> std::optional<output::Document> {
        auto count = ReviewService(m_workspace.context()).count(currentSession());
        if (!count) return std::nullopt;
        const QString issuer = text::campaignOffice();
        const QDate today = m_workspace.context().clock.today();
        const SealSettings seals = SettingsService(m_workspace.context()).current().seals;
        return output::Document{count->session.title + QStringLiteral("测评结果汇总表"), count->session.title + QStringLiteral("测评结果汇总表"),
                                PageStyle::officialLandscape(), [c = *count, issuer, today, seals](OfficialDocument& doc) -> Status {
                                    doc.setSeals(seals);
                                    ReviewDocuments::results(doc, c, issuer, today);
                                    return {};
                                }};
    });
    output::addActions(menu->addMenu(tr("Feedback to the selected person")), this, [this]() -> std::optional<output::Document> {
        ReviewService service(m_workspace.context());
        auto count = service.count(currentSession());
        const int row = m_results->currentRow();
        if (!count || row < 0) return std::nullopt;
        const qint64 person = m_results->item(row, 0)->data(Qt::UserRole).toLongLong();
        const auto o = std::ranges::find(count->outcomes, person, [](const ReviewOutcome& x) { return x.person.id; });
        if (o == count->outcomes.end()) return std::nullopt;
        const QStringList comments = service.comments(count->session.id, person);
        const QDate today = m_workspace.context().clock.today();
        const SealSettings seals = SettingsService(m_workspace.context()).current().seals;
        return output::Document{o->person.name + QStringLiteral("述职测评反馈意见"), o->person.name + QStringLiteral("述职测评反馈意见"), PageStyle::official(),
                                [c = *count, outcome = *o, comments, today, seals](OfficialDocument& doc) -> Status {
                                    doc.setSeals(seals);
                                    ReviewDocuments::feedback(doc, c, outcome, comments, text::campaignOffice(), today);
                                    return {};
                                }};
    });
    m_print->setMenu(menu);

    auto* bar = new QHBoxLayout;
    auto* sessionLabel = new QLabel(tr("&Session"));
    sessionLabel->setBuddy(m_session);
    bar->addWidget(sessionLabel);
    bar->addWidget(m_session);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addStretch(1);
    bar->addWidget(m_publish);
    bar->addWidget(m_amend);
    bar->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_session, &QComboBox::currentIndexChanged, this, &AppraisalPage::showSession);
    connect(m_new, &QPushButton::clicked, this, &AppraisalPage::newSession);
    connect(m_edit, &QPushButton::clicked, this, &AppraisalPage::editSession);
    connect(m_publish, &QPushButton::clicked, this, &AppraisalPage::publish);
    connect(m_amend, &QPushButton::clicked, this, &AppraisalPage::amend);
    connect(m_toProblems, &QPushButton::clicked, this, &AppraisalPage::commentsToProblems);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &AppraisalPage::updateButtons);
    connect(m_entry, &BallotEntry::saved, this, &AppraisalPage::showTally);
    connect(m_groups, &QTableWidget::cellDoubleClicked, this, &AppraisalPage::editGroup);
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::request);
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    connect(&m_workspace, &Workspace::closed, this, [this] {
        m_session->clear();
        updateButtons();
    });
    if (m_workspace.isOpen()) lazy->request(); // a page first built with a campaign open
    updateButtons();
}

qint64 AppraisalPage::currentSession() const { return m_session->currentData().toLongLong(); }

void AppraisalPage::selectSession(qint64 id)
{
    const int at = m_session->findData(id);
    if (at >= 0) m_session->setCurrentIndex(at);
}

void AppraisalPage::reload()
{
    if (!m_workspace.isOpen()) return;
    const qint64 keep = currentSession();
    auto campaign = CampaignService(m_workspace.context()).current();
    const QSignalBlocker blocker(m_session);
    m_session->clear();
    if (campaign)
        for (const auto& s : ReviewService(m_workspace.context()).sessions(campaign->year))
            m_session->addItem(QStringLiteral("%1 %2%3").arg(s.date.toString(Qt::ISODate), s.title, s.published() ? tr(" (published)") : QString()), s.id);
    const int at = m_session->findData(keep);
    m_session->setCurrentIndex(at >= 0 ? at : m_session->count() - 1);
    showSession();
}

void AppraisalPage::showSession()
{
    const qint64 id = currentSession();
    ReviewService service(m_workspace.context());
    m_people->setRowCount(0);
    m_groups->setRowCount(0);
    if (id) {
        const auto people = service.people(id);
        m_people->setRowCount(int(people.size()));
        for (int i = 0; i < people.size(); ++i) {
            const QStringList texts{QString::number(i + 1), people[i].unit, people[i].name, levelText(people[i].level)};
            for (int c = 0; c < texts.size(); ++c) {
                auto* item = views::cell(texts[c]);
                item->setData(Qt::UserRole, people[i].id);
                m_people->setItem(i, c, item);
            }
        }
        const auto groups = service.groups(id);
        const auto ranges = ReviewTally::serialRanges(groups);
        m_groups->setRowCount(int(groups.size()));
        for (int i = 0; i < groups.size(); ++i) {
            const QStringList texts{groups[i].name, QString::number(groups[i].weight), QString::number(groups[i].ballots),
                                    groups[i].ballots ? QStringLiteral("%1–%2").arg(ranges[i].first).arg(ranges[i].second) : QString()};
            for (int c = 0; c < texts.size(); ++c) {
                auto* item = views::cell(texts[c]);
                item->setData(Qt::UserRole, groups[i].id);
                m_groups->setItem(i, c, item);
            }
        }
        m_people->resizeColumnsToContents();
        m_groups->resizeColumnsToContents();
        if (m_workspace.can(Operation::RunReviews)) m_entry->setSession(id);
        const auto s = service.session(id);
        m_reports->setSession(id, s && s->published());
    }
    showTally();
}

void AppraisalPage::showTally()
{
    m_results->setSortingEnabled(false);
    m_results->setRowCount(0);
    m_differences->clear();
    const qint64 id = currentSession();
    auto count = id ? ReviewService(m_workspace.context()).count(id) : Result<ReviewCount>(fail(Error::notFound({})));
    if (count) {
        m_results->setRowCount(int(count->outcomes.size()));
        for (int r = 0; r < count->outcomes.size(); ++r) {
            const ReviewOutcome& o = count->outcomes[r];
            const QStringList texts = QStringList{o.person.unit, o.person.name, levelText(o.person.level)} + ReviewCount::figureCells(o);
            for (int c = 0; c < texts.size(); ++c) {
                auto* item = views::cell(texts[c]);
                if (c >= 3) item->setData(Qt::EditRole, c == 9 ? QVariant(o.goodRate) : c == 11 ? QVariant(texts[c]) : QVariant(texts[c].toDouble()));
                if (c >= 3) item->setText(texts[c]);
                item->setData(Qt::UserRole, o.person.id);
                m_results->setItem(r, c, item);
            }
        }
        QStringList serials;
        for (int n : count->disagreements) serials << QString::number(n);
        if (!serials.isEmpty()) m_differences->setText(tr("The two clerks' entries differ on ballots %1: the results cannot be published until they agree.").arg(serials.join(QStringLiteral(", "))));
        else if (count->session.published())
            m_differences->setText(tr("Published by %1 on %2.").arg(count->session.publishedBy, count->session.publishedAt.date().toString(Qt::ISODate)) +
                                   (count->amendments ? tr(" %n amendment(s) since.", nullptr, count->amendments) : QString()));
        else m_differences->setText(tr("%n ballot(s) entered.", nullptr, count->ballotsEntered));
        m_state->setText(count->session.place.isEmpty() ? count->session.title : tr("%1, %2").arg(count->session.title, count->session.place));
    } else {
        m_state->setText(id ? count.error().message : (m_workspace.can(Operation::RunReviews) ? tr("No 述职测评 session yet this year: start with New session.")
                                                                                        : tr("No published 述职测评 results yet.")));
    }
    m_results->setSortingEnabled(true);
    m_results->resizeColumnsToContents();
    updateButtons();
}

void AppraisalPage::updateButtons()
{
    const bool office = m_workspace.isOpen() && m_workspace.can(Operation::RunReviews);
    const bool has = currentSession() != 0;
    bool published = false;
    if (has) {
        auto s = ReviewService(m_workspace.context()).session(currentSession());
        published = s && s->published();
    }
    m_new->setVisible(office);
    m_edit->setVisible(office);
    m_publish->setVisible(office);
    m_amend->setVisible(office);
    m_toProblems->setVisible(office && m_workspace.can(Operation::Supervise));
    m_toProblems->setEnabled(has && m_results->currentRow() >= 0);
    m_edit->setEnabled(has && !published);
    m_publish->setEnabled(has && !published);
    m_amend->setEnabled(has && published);
    for (auto* b : m_setupButtons) b->setEnabled(has && !published);
    // What a unit or a leader may not do is not offered: the set-up and the ballots are the office's.
    m_tabs->setTabVisible(0, office);
    m_tabs->setTabVisible(1, office);
    m_tabs->setTabEnabled(1, has && !published);
    // A unit comes here to write its people's reports; a leader to read the results.
    // Chosen once per account signed in; after that the tab stays where the person puts it.
    if (!office && m_workspace.isOpen() && m_tabFor != m_workspace.actor().login) {
        m_tabs->setCurrentIndex(m_workspace.actor().role == Role::Unit ? ReportsTabIndex : ResultsTab);
        m_tabFor = m_workspace.actor().login;
    }
    if (office) m_tabFor.clear();
    m_print->setVisible(m_workspace.isOpen());
}

bool AppraisalPage::done(const Status& s, const QString& title)
{
    if (!s) {
        dialogs::warning(this, title, s.error().message);
        return false;
    }
    m_workspace.notifyChanged();
    reload();
    return true;
}

void AppraisalPage::newSession()
{
    auto campaign = CampaignService(m_workspace.context()).current();
    if (!campaign) return;
    auto* title = new QLineEdit(QStringLiteral("%1年度基层党组织书记抓党建述职评议会").arg(campaign->year));
    auto* date = new QDateEdit(m_workspace.context().clock.today());
    date->setCalendarPopup(true);
    auto* place = new QLineEdit;
    if (!ask(this, tr("New 述职测评 session"), {{tr("&Title"), title}, {tr("&Date"), date}, {tr("&Place"), place}})) return;
    QList<ReviewGroup> groups = ReviewService::defaultGroups();
    auto id = ReviewService(m_workspace.context()).addSession(campaign->year, title->text(), date->date(), place->text(), groups);
    if (!id) return dialogs::warning(this, tr("New session"), id.error().message);
    m_workspace.notifyChanged();
    reload();
    selectSession(*id);
    m_tabs->setCurrentIndex(0);
}

void AppraisalPage::editSession()
{
    ReviewService service(m_workspace.context());
    auto s = service.session(currentSession());
    if (!s) return;
    auto* title = new QLineEdit(s->title);
    auto* date = new QDateEdit(s->date);
    date->setCalendarPopup(true);
    auto* place = new QLineEdit(s->place);
    auto* twice = new QCheckBox(tr("Two clerks enter every ballot"));
    twice->setChecked(s->doubleEntry);
    QList<QDoubleSpinBox*> points, thresholds;
    QList<QPair<QString, QWidget*>> rows{{tr("&Title"), title}, {tr("&Date"), date}, {tr("&Place"), place}, {tr("Double entry"), twice}};
    for (auto m : kAllMarks) {
        auto* box = new QDoubleSpinBox;
        box->setRange(0, 100);
        box->setValue(s->rules.points[size_t(m)]);
        points << box;
        rows.append({tr("Points for %1").arg(markName(m)), box});
    }
    for (const auto& [label, value] : {QPair{tr("好 from score"), s->rules.good}, QPair{tr("较好 from score"), s->rules.fair}, QPair{tr("一般 from score"), s->rules.average}}) {
        auto* box = new QDoubleSpinBox;
        box->setRange(0, 100);
        box->setValue(value);
        thresholds << box;
        rows.append({label, box});
    }
    auto* share = new QDoubleSpinBox;
    share->setRange(1, 100);
    share->setSuffix(QStringLiteral(" %"));
    share->setValue(s->rules.poorShare * 100);
    rows.append({tr("差 when 差 marks reach"), share});
    if (!ask(this, tr("Session and rules"), rows)) return;
    ReviewSession next = *s;
    next.title = title->text();
    next.date = date->date();
    next.place = place->text();
    next.doubleEntry = twice->isChecked();
    for (int i = 0; i < 4; ++i) next.rules.points[size_t(i)] = points[i]->value();
    next.rules.good = thresholds[0]->value();
    next.rules.fair = thresholds[1]->value();
    next.rules.average = thresholds[2]->value();
    next.rules.poorShare = share->value() / 100;
    done(service.updateSession(next), tr("Session and rules"));
}

void AppraisalPage::addPerson()
{
    auto* unit = new QComboBox;
    for (const auto& u : UnitService(m_workspace.context()).list())
        if (u.active) unit->addItem(u.name, u.id);
    views::makeSearchable(unit);
    auto* name = new QLineEdit;
    auto* level = new QComboBox;
    for (auto l : kAllLevels) level->addItem(levelText(l), int(l));
    if (!ask(this, tr("Add a person who reports"), {{tr("&Unit"), unit}, {tr("&Name"), name}, {tr("&Level"), level}})) return;
    auto id = ReviewService(m_workspace.context())
                  .addPerson(currentSession(), {0, unit->currentData().toLongLong(), unit->currentText(), name->text(), ResponsibilityLevel(level->currentData().toInt())});
    done(id ? Status{} : Status(fail(id.error())), tr("Add a person"));
}

void AppraisalPage::fillPeople()
{
    auto added = ReviewService(m_workspace.context()).addFromResponsibilities(currentSession());
    if (done(added ? Status{} : Status(fail(added.error())), tr("From responsibility lists")))
        m_state->setText(tr("%n person(s) added from the responsibility lists.", nullptr, *added));
}

void AppraisalPage::removePerson()
{
    const int row = m_people->currentRow();
    if (row < 0) return;
    const qint64 person = m_people->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (dialogs::question(this, tr("Remove"), tr("Remove %1 from the session?").arg(m_people->item(row, 2)->text()), QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No) != QMessageBox::Yes)
        return;
    done(ReviewService(m_workspace.context()).removePerson(currentSession(), person), tr("Remove"));
}

void AppraisalPage::movePerson(int by)
{
    const int row = m_people->currentRow();
    if (row < 0 || row + by < 0 || row + by >= m_people->rowCount()) return;
    const qint64 person = m_people->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (done(ReviewService(m_workspace.context()).movePerson(currentSession(), person, row + by), tr("Order"))) m_people->setCurrentCell(row + by, 0);
}

void AppraisalPage::addGroup()
{
    auto* name = new QLineEdit;
    auto* weight = new QDoubleSpinBox;
    weight->setRange(0.5, 100);
    weight->setSuffix(QStringLiteral(" %"));
    auto* ballots = new QSpinBox;
    ballots->setRange(0, 100000);
    if (!ask(this, tr("Add a voter group"), {{tr("&Name"), name}, {tr("&Weight"), weight}, {tr("&Ballots issued"), ballots}})) return;
    auto id = ReviewService(m_workspace.context()).addGroup(currentSession(), {0, name->text(), weight->value(), ballots->value()});
    done(id ? Status{} : Status(fail(id.error())), tr("Add a group"));
}

void AppraisalPage::editGroup()
{
    const int row = m_groups->currentRow();
    if (row < 0) return;
    ReviewService service(m_workspace.context());
    const auto groups = service.groups(currentSession());
    const auto g = std::ranges::find(groups, m_groups->item(row, 0)->data(Qt::UserRole).toLongLong(), &ReviewGroup::id);
    if (g == groups.end()) return;
    auto* name = new QLineEdit(g->name);
    auto* weight = new QDoubleSpinBox;
    weight->setRange(0.5, 100);
    weight->setSuffix(QStringLiteral(" %"));
    weight->setValue(g->weight);
    auto* ballots = new QSpinBox;
    ballots->setRange(0, 100000);
    ballots->setValue(g->ballots);
    if (!ask(this, tr("Voter group"), {{tr("&Name"), name}, {tr("&Weight"), weight}, {tr("&Ballots issued"), ballots}})) return;
    done(service.updateGroup(currentSession(), {g->id, name->text(), weight->value(), ballots->value()}), tr("Voter group"));
}

void AppraisalPage::publish()
{
    if (dialogs::question(this, tr("Publish results"),
                          tr("Publish the results? They are then frozen: a later correction is an amendment with its reason, and units read their own results."),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (done(ReviewService(m_workspace.context()).publish(currentSession()), tr("Publish results"))) m_tabs->setCurrentIndex(2);
}

void AppraisalPage::commentsToProblems()
{
    const int row = m_results->currentRow();
    if (row < 0) return;
    const qint64 person = m_results->item(row, 0)->data(Qt::UserRole).toLongLong();
    ReviewService service(m_workspace.context());
    const QStringList comments = service.comments(currentSession(), person);
    if (comments.isEmpty())
        return dialogs::information(this, tr("Comments to problem lines"), tr("No voter wrote a comment about %1.").arg(m_results->item(row, 1)->text()));
    auto* list = new QListWidget;
    list->setObjectName(QStringLiteral("commentList"));
    for (const auto& c : comments) {
        auto* item = new QListWidgetItem(c, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMinimumWidth(480);
    auto* deadline = new QDateEdit(m_workspace.context().clock.today().addMonths(1));
    deadline->setCalendarPopup(true);
    if (!ask(this, tr("Comments to problem lines"), {{tr("&Comments"), list}, {tr("&Rectify by"), deadline}})) return;
    QStringList chosen;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked) chosen << list->item(i)->text();
    auto ids = service.commentsToProblems(currentSession(), person, chosen, deadline->date());
    if (!ids) return dialogs::warning(this, tr("Comments to problem lines"), ids.error().message);
    m_workspace.notifyChanged();
    m_state->setText(tr("%n problem line(s) added to the ledger.", nullptr, int(ids->size())));
}

void AppraisalPage::amend()
{
    auto* serial = new QSpinBox;
    serial->setRange(1, 1000000);
    auto* grades = new QLineEdit;
    grades->setPlaceholderText(tr("one grade per person, in order, separated by commas: 1,2,,4"));
    auto* reason = new QLineEdit;
    if (!ask(this, tr("Amend a ballot"), {{tr("&Serial"), serial}, {tr("&Grades"), grades}, {tr("&Reason"), reason}})) return;
    BallotRow row;
    row.serial = serial->value();
    row.cells = grades->text().split(QLatin1Char(','));
    done(ReviewService(m_workspace.context()).amend(currentSession(), row, reason->text()), tr("Amend a ballot"));
}

} // namespace cd
