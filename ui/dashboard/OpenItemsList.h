#pragma once
// The open compliance items (core/compliance/OpenItems), one line each; activating a line asks
// for the page that fixes it. Sentences are made again after a change of language.
#include "core/compliance/OpenItems.h"

#include <QListWidget>
#include <vector>

class OpenItemsList : public QListWidget {
    Q_OBJECT
public:
    explicit OpenItemsList(QWidget *parent = nullptr);

    void setItems(const std::vector<cd::OpenItem> &items);
    const std::vector<cd::OpenItem> &items() const { return m_items; }

signals:
    void pageRequested(const QString &pageId);

private:
    void fill();

    std::vector<cd::OpenItem> m_items;
};
