#include "app/workstation/report_dialog/report_preview.h"

#include "gis/report_layout/report_document.h"

#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace uo {

ReportPreview::ReportPreview(QWidget *parent)
    : QScrollArea(parent), m_content(new QWidget), m_layout(new QVBoxLayout(m_content))
{
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_layout->setSpacing(12);
    setWidget(m_content);
    setWidgetResizable(true);
    setBackgroundRole(QPalette::Dark);
    setMinimumWidth(420);
}

void ReportPreview::clear(const QString &message)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pages = 0;
    if (!message.isEmpty()) {
        auto *label = new QLabel(message, m_content);
        label->setWordWrap(true);
        m_layout->addWidget(label);
    }
}

void ReportPreview::showDocument(const report::ReportDocument &document)
{
    clear();
    const int pages = std::min(document.pageCount(), kMaxPages);
    for (int i = 0; i < pages; ++i) {
        auto *page = new QLabel(m_content);
        page->setPixmap(QPixmap::fromImage(document.renderPage(i, kPreviewDpi)));
        page->setToolTip(tr("Page %1 of %2").arg(i + 1).arg(document.pageCount()));
        m_layout->addWidget(page, 0, Qt::AlignHCenter);
        ++m_pages;
    }
    if (document.pageCount() > pages)
        m_layout->addWidget(
            new QLabel(tr("%n more page(s) in the PDF.", nullptr, document.pageCount() - pages), m_content),
            0, Qt::AlignHCenter);
}

} // namespace uo
