#pragma once
// The dialog every compliance record is entered with: a form of named fields (text, long text,
// date, number, choice, file) and an apply step that calls the core use case. On a refusal the
// dialog stays open with the message, so nothing typed is lost. Fields are found by key; their
// widgets get the object name "<key>Field" for tests and keyboard users get the labels' buddies.
#include "core/base/Result.h"
#include "core/compliance/ComplianceRecords.h"

#include <QDate>
#include <QDialog>
#include <QMap>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

class RecordForm : public QDialog {
    Q_OBJECT
public:
    using Apply = std::function<cd::Result<void>(const RecordForm &)>;

    // Deletes itself when closed; `objectName` is how tests find it.
    RecordForm(const QString &objectName, const QString &title, const QString &intro, QWidget *parent);

    void addText(const QString &key, const QString &label, const QString &value = {});
    void addLongText(const QString &key, const QString &label, const QString &value = {});
    void addDate(const QString &key, const QString &label, const QDate &value);
    // `unknownText` non-empty: the field may say so (its lowest value), and dateTimeMs() is 0 then;
    // an invalid `value` starts it there.
    void addDateTime(const QString &key, const QString &label, const QDateTime &value, const QString &unknownText = {});
    void addNumber(const QString &key, const QString &label, qint64 value, qint64 max);
    // (id, shown text) pairs; `value` is the id selected first.
    void addChoice(const QString &key, const QString &label, const QList<std::pair<QString, QString>> &choices,
                   const QString &value = {});
    // An optional file read when applied; `hint` says what it is for.
    void addFile(const QString &key, const QString &label, const QString &hint);

    QString text(const QString &key) const;  // trimmed; a choice's id
    QDate date(const QString &key) const;
    qint64 dateTimeMs(const QString &key) const;  // UTC; 0 when "unknown"
    qint64 number(const QString &key) const;
    // The file's name and content; empty when none was chosen. An unreadable file is an error.
    cd::Result<cd::Attachment> file(const QString &key) const;

    void setApply(Apply apply) { m_apply = std::move(apply); }

public slots:
    void accept() override;

private:
    void addRow(const QString &key, const QString &label, QWidget *field);

    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QMap<QString, QWidget *> m_fields;
    Apply m_apply;
};
