#pragma once
// The face-data filing (core/compliance/FilingService): when the threshold was reached, the
// deadline in working days, and the filing once the officer records it. The banner above the
// table stays until then.
#include "RecordTab.h"

class QPushButton;

class FilingTab : public RecordTab {
    Q_OBJECT
public:
    explicit FilingTab(cd::Session &session, QWidget *parent = nullptr);
    void reload() override;
    bool bannerShown() const { return m_open; }

public slots:
    void recordFiling();

signals:
    void filed();

private:
    void retranslateUi();
    QPushButton *m_record;
    bool m_open = false;
};
