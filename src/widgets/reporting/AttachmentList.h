#pragma once

#include <QListWidget>

namespace cd {

// Evidence files of a report: drop files from the desktop onto it.
class AttachmentList : public QListWidget
{
    Q_OBJECT
public:
    explicit AttachmentList(QWidget* parent = nullptr);

signals:
    void filesDropped(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

} // namespace cd
