#pragma once
// One tab of the Compliance page: a read-only table of records (a handful to a few hundred rows,
// loaded whole from a core service) with the tab's actions above it. Subclasses fill the model in
// reload() and put each row's record id in column 0 under Qt::UserRole.
#include "core/base/Result.h"
#include "core/domain/Role.h"

#include <QStandardItemModel>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace cd { class Session; }

class RecordTab : public QWidget {
    Q_OBJECT
public:
    RecordTab(cd::Session &session, QWidget *parent = nullptr);

    virtual void reload() = 0;
    QStandardItemModel *model() { return &m_model; }
    QTableView *view() { return m_view; }

protected:
    // A button in the action row; `needs` a permission (else disabled, with why) and, when
    // `needsRow`, a selected row.
    QPushButton *addAction(const QString &objectName, cd::Permission needs, bool needsRow);
    void setHeaders(const QStringList &headers);
    void addRow(qint64 id, const QStringList &cells, const QString &tooltip = {});
    qint64 selectedId() const;  // 0: none
    void selectId(qint64 id);
    // Said above the table until the next reload: an unreadable register must not look empty.
    void showLoadError(const cd::Error &error);
    void finishReload();  // after the rows: restores the selection and the buttons
    // After a form saved record `id`: the table as it is now, with that row selected.
    cd::Result<void> showSaved(qint64 id);
    QLabel *note() { return m_note; }
    bool allowed(cd::Permission p) const;

    cd::Session &m_session;

private:
    void updateButtons();

    QStandardItemModel m_model;
    QTableView *m_view;
    QHBoxLayout *m_actions;
    QLabel *m_note;
    QLabel *m_error;
    std::vector<std::pair<QPushButton *, bool>> m_rowButtons;
    qint64 m_keepSelected = 0;
};
