#pragma once
// Shows a recovery code once: large and monospaced, with a warning, a Print button and a
// required "I have written it down" box. Used by the first-run wizard and RecoveryCodeDialog.
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;

class RecoveryCodeView : public QWidget {
    Q_OBJECT
public:
    explicit RecoveryCodeView(QWidget *parent = nullptr);
    ~RecoveryCodeView() override;

    void setCode(const QString &code);
    QString code() const { return m_code; }
    // Printed on the sheet so the right code goes with the right store.
    void setStoreName(const QString &name) { m_storeName = name; }
    bool isConfirmed() const;
    QCheckBox *confirmBox() const { return m_confirm; }

signals:
    void confirmedChanged(bool confirmed);

private:
    void retranslateUi();
    void print();
    QString printableHtml() const;

    QString m_code;
    QString m_storeName;
    std::unique_ptr<QPrinter> m_printer;
    QLabel *m_warning;
    QLabel *m_codeLabel;
    QPushButton *m_printButton;
    QCheckBox *m_confirm;
};
