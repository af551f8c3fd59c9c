#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace cd {

class Workspace;

// Entering the 测评表 one at a time with the keyboard alone: the serial, Enter; then for each
// person 1–4 (好 较好 一般 差; two digits mark two grades, which is invalid for that person;
// 0 or Delete clears), Enter to the next; Enter on the last person saves the ballot and
// starts the next serial. A serial already entered by this clerk is shown to correct.
class BallotEntry : public QWidget
{
    Q_OBJECT
public:
    BallotEntry(Workspace& workspace, QWidget* parent = nullptr);
    void setSession(qint64 sessionId);
    QSpinBox* serial() const { return m_serial; }
    QTableWidget* marks() const { return m_table; }
    QComboBox* clerk() const { return m_clerk; }
    QLabel* status() const { return m_status; }
    bool save();

signals:
    void saved();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void setCell(int row, const QString& marks);

    Workspace& m_workspace;
    qint64 m_session = 0;
    QComboBox* m_clerk;
    QSpinBox* m_serial;
    QLabel* m_group;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace cd
