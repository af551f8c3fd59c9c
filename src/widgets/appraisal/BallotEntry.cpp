#include "widgets/appraisal/BallotEntry.h"

#include "services/ReviewService.h"
#include "widgets/common/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {

enum Column { Order, Unit, Name, Mark, Comment };

// "1" → "1 好"; "12" → "1 2 (two grades: invalid)".
QString shown(const QString& digits)
{
    if (digits.isEmpty()) return {};
    if (digits.size() == 1) return digits + QLatin1Char(' ') + markName(ReviewMark(digits[0].unicode() - '1'));
    QStringList each;
    for (QChar d : digits) each << QString(d);
    return BallotEntry::tr("%1 (several grades: invalid)").arg(each.join(QLatin1Char(' ')));
}

} // namespace

BallotEntry::BallotEntry(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_clerk(new QComboBox), m_serial(new QSpinBox), m_group(new QLabel),
      m_table(new QTableWidget(0, 5)), m_status(new QLabel)
{
    setObjectName(QStringLiteral("ballotEntry"));
    m_clerk->setObjectName(QStringLiteral("clerkCombo"));
    m_clerk->addItem(tr("Clerk 1"), 1);
    m_clerk->addItem(tr("Clerk 2 (second entry)"), 2);
    m_serial->setObjectName(QStringLiteral("serialBox"));
    m_serial->setRange(1, 1000000);
    m_serial->setKeyboardTracking(false);
    m_table->setObjectName(QStringLiteral("ballotTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Unit"), tr("Name"), tr("Grade (1–4)"), tr("Comment")});
    m_table->horizontalHeader()->setSectionResizeMode(Comment, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_status->setObjectName(QStringLiteral("ballotStatus"));
    m_status->setWordWrap(true);

    auto* form = new QHBoxLayout;
    auto* clerkLabel = new QLabel(tr("&Entered by"));
    clerkLabel->setBuddy(m_clerk);
    auto* serialLabel = new QLabel(tr("Seria&l"));
    serialLabel->setBuddy(m_serial);
    form->addWidget(clerkLabel);
    form->addWidget(m_clerk);
    form->addSpacing(12);
    form->addWidget(serialLabel);
    form->addWidget(m_serial);
    form->addWidget(m_group, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("For each person type 1 好, 2 较好, 3 一般 or 4 差 (nothing, or two grades, is invalid for that person), "
                                    "Enter for the next; Enter on the last saves the ballot.")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    m_table->installEventFilter(this);
    m_serial->installEventFilter(this);
    connect(m_serial, &QSpinBox::valueChanged, this, &BallotEntry::load);
    connect(m_clerk, &QComboBox::currentIndexChanged, this, &BallotEntry::load);
}

void BallotEntry::setSession(qint64 sessionId)
{
    m_session = sessionId;
    ReviewService service(m_workspace.context());
    const auto people = service.people(sessionId);
    m_table->setRowCount(int(people.size()));
    for (int i = 0; i < people.size(); ++i) {
        const auto& p = people[i];
        const QStringList texts{QString::number(i + 1), p.unit, p.name, QString(), QString()};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (c != Comment) item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Room for the longest mark: "1 2 3 4 (several grades: invalid)".
    m_table->setColumnWidth(Mark, std::max(m_table->columnWidth(Mark), m_table->fontMetrics().horizontalAdvance(shown(QStringLiteral("1234"))) + 16));
    const auto session = service.session(sessionId);
    m_clerk->setItemData(1, session && session->doubleEntry ? QVariant() : QVariant(0), Qt::UserRole - 1); // disabled when one clerk counts
    load();
}

void BallotEntry::setCell(int row, const QString& marks)
{
    QTableWidgetItem* item = m_table->item(row, Mark);
    item->setData(Qt::UserRole, marks);
    item->setText(shown(marks));
}

void BallotEntry::load()
{
    if (!m_session) return;
    ReviewService service(m_workspace.context());
    const auto groups = service.groups(m_session);
    const int g = ReviewTally::groupOfSerial(groups, m_serial->value());
    m_group->setText(g < 0 ? tr("No ballot with this serial was issued.") : tr("Group: %1").arg(groups[g].name));
    const auto stored = service.ballot(m_session, m_clerk->currentData().toInt(), m_serial->value());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QString marks;
        if (stored && row < stored->marks.size()) {
            const QChar c = stored->marks[row];
            marks = c == ballot_cell::kMany ? QStringLiteral("12") : c == ballot_cell::kNone ? QString() : QString(c);
        }
        setCell(row, marks);
        m_table->item(row, Comment)->setText(stored ? stored->comments.value(row) : QString());
    }
    if (stored) m_status->setText(tr("Ballot %1 was entered before by this clerk: saving corrects it.").arg(m_serial->value()));
}

bool BallotEntry::save()
{
    BallotRow row;
    row.serial = m_serial->value();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        row.cells << m_table->item(r, Mark)->data(Qt::UserRole).toString();
        row.comments << m_table->item(r, Comment)->text();
    }
    ReviewService service(m_workspace.context());
    const int clerk = m_clerk->currentData().toInt();
    const bool before = service.ballot(m_session, clerk, row.serial).has_value();
    auto entered = service.enter(m_session, clerk, {row}, before);
    if (!entered) {
        m_status->setText(entered.error().message);
        return false;
    }
    m_status->setText(before ? tr("Ballot %1 corrected.").arg(row.serial) : tr("Ballot %1 saved.").arg(row.serial));
    const QString said = m_status->text();
    m_serial->setValue(row.serial + 1);
    m_status->setText(said); // load() of the next serial keeps the word about this one
    m_table->setCurrentCell(0, Mark);
    m_table->setFocus();
    emit saved();
    return true;
}

bool BallotEntry::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_serial && enter) {
        m_serial->interpretText();
        if (m_table->rowCount() > 0) {
            m_table->setCurrentCell(0, Mark);
            m_table->setFocus();
        }
        return true;
    }
    // While a comment is typed, the keys go to its editor, not here.
    if (watched != m_table || m_table->rowCount() == 0) return QWidget::eventFilter(watched, event);
    const int row = std::max(0, m_table->currentRow());
    if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_4) {
        QString marks = m_table->item(row, Mark)->data(Qt::UserRole).toString();
        const QChar digit(QLatin1Char(char('1' + (key->key() - Qt::Key_1))));
        if (!marks.contains(digit)) marks += digit;
        std::sort(marks.begin(), marks.end());
        setCell(row, marks);
        m_table->setCurrentCell(row, Mark);
        return true;
    }
    if (key->key() == Qt::Key_0 || key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
        setCell(row, {});
        return true;
    }
    if (enter) {
        if (row + 1 < m_table->rowCount()) m_table->setCurrentCell(row + 1, Mark);
        else save();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cd
