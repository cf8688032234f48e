#pragma once

#include "core/permits/permit_review.h"
#include "core/permits/permit_scene.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace uo {

class DigTimeline;
class FindingModel;
class PermitDocument;
class StepDialog;

// Reviewing one permit: what it is, the workflow steps it may take next (only those), each check of the
// review with its outcome and reason, the digs of the roads it touches on a timeline, and its history.
// Clicking a check asks the map to highlight and show its features.
class PermitReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PermitReviewPanel(PermitDocument *document, QWidget *parent = nullptr);

    qint64 permitId() const { return m_permitId; }
    QString status() const { return m_status; }
    const PermitReviewResult &review() const;
    const PermitScene &scene() const { return m_scene; }
    FindingModel *findingModel() const { return m_findings; }
    QTableView *findingView() const { return m_findingView; }
    DigTimeline *timeline() const { return m_timeline; }
    // The workflow buttons now shown, each with the status it leads to in property "status".
    QList<QPushButton *> stepButtons() const { return m_stepButtons; }
    // The day the review is run as of; today unless a test says otherwise.
    void setToday(QDate today) { m_today = today; }

    // How a step asks its questions; by default the dialog is shown modally. Tests answer it themselves.
    using Prompt = std::function<bool(StepDialog &)>;
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    void setPermit(qint64 permitId);
    void refresh();
    // Takes a workflow step to `to` after asking who and why; returns the refusal, empty on success.
    QString takeStep(const QString &to);

signals:
    void sceneChanged(const uo::PermitScene &scene);
    // A finding's features (none for a finding that names no map features) and where they lie.
    void highlightRequested(std::optional<uo::Layer> layer, const QList<qint64> &ids, const QRectF &bounds);
    void editRequested(qint64 permitId);
    void redrawRequested(qint64 permitId);
    void stepRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildSteps();
    void loadHistory();
    void findingClicked(const QModelIndex &index);
    void retranslate();

    PermitDocument *m_document;
    qint64 m_permitId = 0;
    QString m_status, m_permitNo;
    bool m_emergency = false;
    QDate m_today;
    PermitScene m_scene;
    Prompt m_prompt;

    QLabel *m_title, *m_details, *m_blocked, *m_refusedSteps;
    QHBoxLayout *m_stepRow;
    QList<QPushButton *> m_stepButtons;
    QPushButton *m_edit, *m_redraw, *m_joint;
    FindingModel *m_findings;
    QTableView *m_findingView;
    DigTimeline *m_timeline;
    QTreeWidget *m_history;
    QLabel *m_findingsLabel, *m_timelineLabel, *m_historyLabel;
};

} // namespace uo
