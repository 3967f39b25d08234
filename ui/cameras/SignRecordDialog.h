#pragma once
// Records the sign posted at a camera zone (PIPL Art. 26): what it says, since when it is up, and
// a photo of it. The photo's bytes go into the encrypted database; its SHA-256 is the evidence.
// Emits submitted(); the caller stores the record and closes the dialog or shows the refusal.
#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class SignRecordDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr qint64 kMaxPhotoBytes = 20 * 1024 * 1024;

    // `now` from the session's clock: the sign cannot have been posted in the future.
    SignRecordDialog(const QString &zoneName, const QDateTime &now, QWidget *parent = nullptr);

    QString description() const;
    qint64 postedSinceMs() const;  // UTC milliseconds
    QByteArray photoBytes() const { return m_photo; }

    // Loads and previews the photo; false (with the reason shown) when it is not a readable image.
    bool setPhotoFile(const QString &path);
    void showError(const QString &message);

signals:
    void submitted();

private:
    void browse();
    void retranslateUi();
    void updateOk();

    QString m_zoneName;
    QByteArray m_photo;
    QString m_photoInfo;
    QLabel *m_intro;
    QLabel *m_descriptionLabel;
    QPlainTextEdit *m_descriptionEdit;
    QLabel *m_postedLabel;
    QDateTimeEdit *m_postedEdit;
    QLabel *m_photoLabel;
    QLineEdit *m_photoEdit;
    QPushButton *m_browseButton;
    QLabel *m_preview;
    QLabel *m_photoInfoLabel;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};
