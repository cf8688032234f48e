#pragma once

#include "core/permits/permit_review.h"

// The finding of one rule in a review, or null when the rule did not run.
inline const uo::PermitFinding *findingOf(const uo::PermitReviewResult &r, uo::PermitRule rule)
{
    for (const uo::PermitFinding &f : r.findings)
        if (f.rule == rule)
            return &f;
    return nullptr;
}
