"""The demo tower's satisfaction survey: one finished round on the default questionnaire, answered by most tenants
(typed through the same service as the desk), a few of them dissatisfied, two of those already followed up."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from services import survey_results, surveys
from services.access import Actor
from services.survey_results import FollowUpInput
from services.surveys import RoundInput, SheetInput

COMMENTS = ("希望增加午间保洁频次", "停车场指示牌不够清楚", "前台服务很好，感谢", "空调夏季制冷效果不理想",
            "会议室投影仪偶尔连接不上", "电梯高峰期等候时间较长", "希望周末也能办理物品放行", "绿植摆放很漂亮")
RESPONDENTS = ("行政经理", "前台", "办公室主任", "总经理助理")


@dataclass(frozen=True)
class SurveyDemo:
    rounds: int
    sheets: int
    dissatisfied: int


def _digits(questions, mood: str, rng: random.Random) -> dict[int, str]:
    """One tenant's paper: mostly 4–5; an unhappy tenant gives 1–2 on a few questions."""
    out: dict[int, str] = {}
    unhappy = set(rng.sample([q.id for q in questions if q.kind == "scale"], 3)) if mood == "unhappy" else set()
    for q in questions:
        if q.kind == "scale":
            if q.id in unhappy:
                out[q.id] = str(rng.choice((1, 2, 2)))
            elif rng.random() < 0.06:
                continue  # left blank on the paper
            else:
                out[q.id] = str(rng.choices((5, 4, 3), (45, 40, 15) if mood == "happy" else (15, 45, 40))[0])
        elif q.kind == "choice":
            out[q.id] = str(1 if mood == "happy" and rng.random() < 0.8 else rng.randint(1, len(q.choices)))
        elif rng.random() < 0.25 or mood == "unhappy":
            out[q.id] = rng.choice(COMMENTS)
    return out


def fill_surveys(rng: random.Random, staff: dict[str, Actor], today: dt.date) -> SurveyDemo:
    clerk, supervisor = staff["clerk"], staff["supervisor"]
    opened = today - dt.timedelta(days=55)
    round_id = surveys.open_round(RoundInput(f"{opened.year}年{'上' if opened.month <= 6 else '下'}半年业户满意度调查",
                                             opened, opened + dt.timedelta(days=30), "每年两次，书面问卷"),
                                  by=supervisor, today=opened)
    questions = surveys.round_questions(round_id, by=clerk)
    sheets = surveys.round_sheets(round_id, by=clerk)
    answered = 0
    for sheet in sheets:
        if rng.random() < 0.15:
            continue  # did not hand the form back
        mood = rng.choices(("happy", "plain", "unhappy"), (70, 25, 5))[0]
        day = opened + dt.timedelta(days=rng.randint(3, 28))
        surveys.enter_answers(sheet.id, SheetInput(rng.choice(RESPONDENTS), "", day, _digits(questions, mood, rng)),
                              by=clerk, today=day)
        answered += 1
    r = surveys.get_round(round_id, by=supervisor)
    surveys.close_round(round_id, r.version, by=supervisor)
    follow = survey_results.follow_up_list(round_id, by=clerk)
    when = dt.datetime.combine(opened + dt.timedelta(days=33), dt.time(10, 30))
    plans = (FollowUpInput("work_order", "满意度调查反映：办公室空调制冷不足，请工程部检查",
                           "已致电行政经理，约定工程部上门检查"),
             FollowUpInput("call", "", "主管致电说明改进措施，业户表示理解"))
    for row, plan in zip(follow, plans, strict=False):
        survey_results.follow_up(row.sheet_id, plan, by=clerk, at=when)
    return SurveyDemo(1, answered, len(follow))
