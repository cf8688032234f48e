#pragma once

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace uo {

namespace report {
class ReportDocument;
}

// The pages of a report as pictures, one under the other, drawn by the same code as the PDF at a
// screen resolution. A long report shows its first pages only: they tell how every page looks.
class ReportPreview : public QScrollArea
{
    Q_OBJECT

public:
    static constexpr int kMaxPages = 8;
    static constexpr int kPreviewDpi = 60;

    explicit ReportPreview(QWidget *parent = nullptr);

    void showDocument(const report::ReportDocument &document);
    void clear(const QString &message = QString());
    int pagesShown() const { return m_pages; }

private:
    QWidget *m_content;
    QVBoxLayout *m_layout;
    int m_pages = 0;
};

} // namespace uo
