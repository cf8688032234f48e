#pragma once

#include "core/cases/case_register.h"

#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QTreeWidget;

namespace uo {

class CaseDocument;

// One case: what and where (class, source, description, photos, grid cell, community, street, segment
// and chief, the nearest component), its time limit with lateness, where the dispatch rules send it
// (and which rule), its timeline (every step with who, when, the note, the unit and the route), and a
// button for each step it may take next. A step asks what it records (CaseStepDialog) and goes through
// the document; a refusal is shown with its reason.
class CasePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CasePanel(CaseDocument *document, QWidget *parent = nullptr);

    void setCase(qint64 caseId);
    qint64 caseId() const { return m_case.id; }
    const CaseSummary &summary() const { return m_case; }
    void refresh();
    QTreeWidget *timeline() const { return m_timeline; }
    QString suggestionText() const;
    // The buttons' steps, in order (for tests).
    QStringList stepsOffered() const;
    // Takes the step as the dialog would, without asking: for tests and scripted use.
    bool take(const QString &to, const QString &note = QString());

signals:
    void zoomRequested(QPointF point);
    void stepRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void step(const QString &to);
    void rebuild();

    CaseDocument *m_document;
    CaseSummary m_case;
    QLabel *m_title, *m_suggestion;
    QFormLayout *m_fields;
    QHBoxLayout *m_buttons;
    QTreeWidget *m_timeline;
    QStringList m_steps;
};

} // namespace uo
