import { describe, expect, it } from "vitest";
import { splitEntities, type NameGuess, type SplitOptions } from "../../src/names/split.js";
import { normaliseRecord } from "../../src/names/record.js";

const units = (...f: string[]) => splitEntities(f, "unit");
const people = (...f: string[]) => splitEntities(f, "person");

describe("splitEntities: units", () => {
  it.each([
    [["区古城保护 发展指挥部 区住建局 区城管局"], ["区古城保护发展指挥部", "区住建局", "区城管局"]],
    [["爱国路周边片 区安置房及通 政小学北校区 扩建项目指挥部 鲤中街道办事处"], ["爱国路周边片区安置房及通政小学北校区扩建项目指挥部", "鲤中街道办事处"]],
    [["区发改局 (区重点办) 江南城建集团 (区前期办)"], ["区发改局（区重点办）", "江南城建集团（区前期办）"]],
    [["区直有关单位各镇（街道）"], ["区直有关单位", "各镇（街道）"]],
    [["区行政服务中心 管委会"], ["区行政服务中心管委会"]],
    [["区疫情防控指挥 部各职能组"], ["区疫情防控指挥部各职能组"]],
    [["驻区行政服务中心各窗口单位"], ["驻区行政服务中心各窗口单位"]],
    [["外事办 支前办 海防办 物价局 广电局 民宗局 侨 办 侨 联 供销联社 人武部"], ["外事办", "支前办", "海防办", "物价局", "广电局", "民宗局", "侨办", "侨联", "供销联社", "人武部"]],
    [["石化安控区指挥部办公室"], ["石化安控区指挥部办公室"]],
    [["石化安控区指挥部办", "公室"], ["石化安控区指挥部办公室"]],
    [["区行政服务中", "心", "区财政局"], ["区行政服务中心", "区财政局"]],
    [["区发改局", "区财政局"], ["区发改局", "区财政局"]],
    [["各镇政府、街道办事处"], ["各镇政府、街道办事处"]],
    [["海关泉港 办事处"], ["海关泉港办事处"]],
    [["各相关镇(街道)"], ["各相关镇（街道）"]],
    [["区交通局、区财政局"], ["区交通局", "区财政局"]],
    [["相关项目指挥部 责任单位"], ["相关项目指挥部责任单位"]],
    [["中山路商圈 管委会 区商务局"], ["中山路商圈管委会", "区商务局"]],
    [["编办", "妇联"], ["编办", "妇联"]],
    [["交警大队", "（道安办）"], ["交警大队（道安办）"]],
    [["军民融合发展委员会", "办公室"], ["军民融合发展委员会办公室"]],
    [["安全隐患大排查大整治", "指挥部综合协调组", "房屋安全整治办"], ["安全隐患大排查大整治指挥部综合协调组", "房屋安全整治办"]],
  ])("%j → %j", (input, expected) => {
    expect(units(...input)).toEqual(expected);
  });
});

describe("splitEntities: people", () => {
  it.each([
    [["庄垂生 王 伟"], ["庄垂生", "王伟"]],
    [["王 伟 各项目 分管领导"], ["王伟", "各项目分管领导"]],
    [["陈 林 各副区长"], ["陈林", "各副区长"]],
    [["黄金奖 (镇长人选) 郭森波"], ["黄金奖（镇长人选）", "郭森波"]],
    [["王　伟"], ["王伟"]],
    [["各镇镇长、街道办事处", "主任"], ["各镇镇长、街道办事处主任"]],
    [["市政府工作部门主要负", "责人、各镇镇长、街道", "办事处主任"], ["市政府工作部门主要负责人", "各镇镇长、街道办事处主任"]],
    [["市政府工作部门", "主要负责人、各镇镇长、", "街道办事处主任"], ["市政府工作部门主要负责人", "各镇镇长、街道办事处主任"]],
    [["集成改革各专项", "小组负责人"], ["集成改革各专项小组负责人"]],
    [["疫情防控指挥部一办十", "三组负责人"], ["疫情防控指挥部一办十三组负责人"]],
    [["⻩少伟"], ["黄少伟"]],
    [["欧阳 修"], ["欧阳修"]],
  ])("%j → %j", (input, expected) => {
    expect(people(...input)).toEqual(expected);
  });
});

describe("splitEntities: a mixed stream of units and people (flattened dumps)", () => {
  const any = (...f: string[]) => splitEntities(f, "any");
  it.each([
    [["科技局", "工信局", "蒋家兴", "林永红", "庄天怀"], ["科技局", "工信局", "蒋家兴", "林永红", "庄天怀"]],
    [["各镇政府、街道办事处", "林永红", "各镇镇长、街道办事处", "主任", "李志强"], ["各镇政府、街道办事处", "林永红", "各镇镇长、街道办事处主任", "李志强"]],
    [["区城管局、区自然资源", "局、各镇（街道）", "李明"], ["区城管局", "区自然资源局", "各镇（街道）", "李明"]],
    [["集成改革各专项", "小组负责人", "陈长义"], ["集成改革各专项小组负责人", "陈长义"]],
    [["安全隐患大排查大整治", "蒋家兴"], ["安全隐患大排查大整治", "蒋家兴"]],
  ])("%j → %j", (input, expected) => {
    expect(any(...input)).toEqual(expected);
  });
});

describe("splitEntities: a complete collective ends a wrapped run", () => {
  it("does not glue the next unit to 各镇（街道）", () => {
    expect(splitEntities(["区城管局、区自然资源", "局、各镇（街道）", "区住建局"], "unit")).toEqual(["区城管局", "区自然资源局", "各镇（街道）", "区住建局"]);
  });
});

describe("splitEntities: padded two-character names glued together", () => {
  it.each([
    [["陆 明俞 悦"], ["陆明", "俞悦"]],
    [["王 强李 敏张 伟"], ["王强", "李敏", "张伟"]],
    [["陆 明俞 悦、王 伟"], ["陆明", "俞悦", "王伟"]],
    [["陆 明 俞 悦"], ["陆明", "俞悦"]],
  ])("%j → %j", (cell, names) => {
    expect(people(...cell)).toEqual(names);
  });

  it.each([
    // no padding: the lexicon alone cannot cut four characters into two names
    [["陆明俞悦"], ["陆明俞悦"]],
    // two whole names side by side are split by the space, nothing more
    [["张伟 李明"], ["张伟", "李明"]],
  ])("counter-example %j → %j", (cell, names) => {
    expect(people(...cell)).toEqual(names);
  });

  it("a padded name with its title in brackets after it is one person (`杜 萍（副主任）`)", () => {
    expect(people("杜 萍（副主任）")).toEqual(["杜萍（副主任）"]);
    expect(people("许文博（副主任）", "杜 萍（副主任）")).toEqual(["许文博（副主任）", "杜萍（副主任）"]);
  });

  it("counter-example: a bracket after a whole name, or after a non-name, joins nothing before it", () => {
    expect(people("张伟 李明（副主任）")).toEqual(["张伟", "李明（副主任）"]);
    expect(people("杜 萍萍萍（副主任）")).not.toEqual(["杜萍萍萍（副主任）"]);
  });

  it("counter-example: a pair that does not start with a surname is no name", () => {
    expect(people("陆 明局 长")).not.toEqual(["陆明", "局长"]);
  });

  it("counter-example: a unit column is never cut into names", () => {
    expect(units("陆 明俞 悦")).not.toEqual(["陆明", "俞悦"]);
  });
});

describe("joins the lexicon decided alone are reported as guesses", () => {
  const guessesOf = (fragments: Parameters<typeof splitEntities>[0], opts: Omit<SplitOptions, "guesses"> = {}) => {
    const guesses: NameGuess[] = [];
    const names = splitEntities(fragments, "unit", { ...opts, guesses });
    return { names, guesses };
  };

  it("a complete name and a bare tail that is an entry alone, written apart: joined, and reported", () => {
    const { names, guesses } = guessesOf(["相关项目指挥部 责任单位"]);
    expect(names).toEqual(["相关项目指挥部责任单位"]);
    expect(guesses).toEqual([{ kind: "join", parts: ["相关项目指挥部", "责任单位"], joined: "相关项目指挥部责任单位" }]);
  });

  it("the same join across a line break is reported too", () => {
    expect(guessesOf(["相关项目指挥部", "有关单位"]).guesses).toHaveLength(1);
  });

  it("counter-example: a wrapped line (the layout saw the name run to the cell's edge) corroborates the join", () => {
    const { names, guesses } = guessesOf([{ text: "相关项目指挥部", wrapped: true }, { text: "责任单位" }]);
    expect(names).toEqual(["相关项目指挥部责任单位"]);
    expect(guesses).toEqual([]);
  });

  it("counter-example: the document writes the joined name elsewhere", () => {
    const known = new Set(["相关项目指挥部责任单位"]);
    expect(guessesOf(["相关项目指挥部 责任单位"], { known }).guesses).toEqual([]);
  });

  it("counter-example: a bare tail that names nothing alone (`管委会`) or an incomplete fragment is no guess", () => {
    expect(guessesOf(["区行政服务中心 管委会"]).guesses).toEqual([]);
    expect(guessesOf(["区古城保护 发展指挥部"]).guesses).toEqual([]);
    expect(guessesOf(["区发改局、", "区财政局"]).guesses).toEqual([]);
  });

  it("the names stage turns a guess into one review reason on the row", () => {
    const task = normaliseRecord({ table: 0, seq: 20, section: [], task: ["推进项目建设。"], cells: { units: [{ text: "相关项目指挥部 责任单位" }] }, source: { line: 70 } });
    expect(task.review.map((r) => r.code)).toEqual(["NAME_JOINED_BY_LEXICON"]);
    expect(task.review[0]!.message).toContain("“相关项目指挥部”和“责任单位”");
    const plain = normaliseRecord({ table: 0, seq: 21, section: [], task: ["推进项目建设。"], cells: { units: [{ text: "区发改局 区财政局" }] }, source: { line: 71 } });
    expect(plain.review).toEqual([]);
  });
});

describe("splitEntities: a title and the name written after it are one person, the name first and the titles its annotation", () => {
  it.each([
    [["副县长 王海军"], ["王海军（副县长）"]],
    [["副县长", "王海军"], ["王海军（副县长）"]],
    [["常务副县长 李明、副县长 王海军"], ["李明（常务副县长）", "王海军（副县长）"]],
    [["常务副县长 李明 副县长 王海军"], ["李明（常务副县长）", "王海军（副县长）"]],
    [["县委常委、副县长王海军"], ["王海军（县委常委、副县长）"]],
    [["县委常委、常务副县长 欧阳明"], ["欧阳明（县委常委、常务副县长）"]],
    [["县政府党组成员 柯文"], ["柯文（县政府党组成员）"]],
  ])("%j → %j", (input, expected) => {
    expect(people(...input)).toEqual(expected);
  });

  it.each([
    // titles that end in no name stand for people of their own
    [["区长、常务副区长"], ["区长", "常务副区长"]],
    // a collective role is many people: the name after it is another person
    [["各镇镇长 王海军"], ["各镇镇长", "王海军"]],
    // names alone stay apart
    [["王海军 李明"], ["王海军", "李明"]],
    [["王海军（副县长） 李明"], ["王海军（副县长）", "李明"]],
  ])("counter-example: %j → %j", (input, expected) => {
    expect(people(...input)).toEqual(expected);
  });

  it("counter-example: in a unit column a title is no unit and the join is not made there", () => {
    expect(units("县长安镇 区财政局")).toEqual(["县长安镇", "区财政局"]);
  });
});

describe("splitEntities: a function is no title", () => {
  it("counter-example: a name after `…负责人` or `分管领导` is another person", () => {
    expect(people("疫情防控指挥部一办十三组负责人 柯发音")).toEqual(["疫情防控指挥部一办十三组负责人", "柯发音"]);
    expect(people("分管领导 王海军")).toEqual(["分管领导", "王海军"]);
  });
});

describe("splitEntities: an office of two organs", () => {
  it("`市委和市政府督查室` is one unit", () => {
    expect(units("市委和市政府督查室、市发改委")).toEqual(["市委和市政府督查室", "市发改委"]);
    expect(units("县委及县政府信访局")).toEqual(["县委及县政府信访局"]);
  });
  it("counter-example: two organs alone, or two offices, are two units", () => {
    expect(units("县委和县政府")).toEqual(["县委", "县政府"]);
    expect(units("区交通局和区城管局")).toEqual(["区交通局", "区城管局"]);
    expect(units("市委办和市政府办")).toEqual(["市委办", "市政府办"]);
  });
});

describe("splitEntities: a government with no place of its own is the end of the name before it", () => {
  it("`人民政府` on a line of its own (text with no wrap marks): joined to the collective before it", () => {
    expect(splitEntities([{ text: "市科技局" }, { text: "各县（市、区）" }, { text: "人民政府" }], "unit")).toEqual(["市科技局", "各县（市、区）人民政府"]);
    expect(splitEntities([{ text: "各乡镇" }, { text: "政府" }], "unit")).toEqual(["各乡镇政府"]);
  });

  it("counter-examples: a government with its place (`县人民政府`, `各乡镇人民政府`) is a name of its own, so is a company after a collective", () => {
    expect(splitEntities([{ text: "各相关镇（街道）", wrapped: true }, { text: "新城投资公司" }], "unit")).toEqual(["各相关镇（街道）", "新城投资公司"]);
    expect(splitEntities([{ text: "县发改局" }, { text: "县人民政府" }], "unit")).toEqual(["县发改局", "县人民政府"]);
    expect(splitEntities([{ text: "各县（市、区）" }, { text: "各乡镇人民政府" }], "unit")).toEqual(["各县（市、区）", "各乡镇人民政府"]);
  });
});

describe("splitEntities: two people on two lines of a people cell", () => {
  it("a name after a name-sized piece is the next person, even with a surname the lexicon lacks", () => {
    expect(people("丘红梅", "曾志强")).toEqual(["丘红梅", "曾志强"]);
    // 彧 is no surname in the lexicon: the piece before is still a person-sized entry of its own
    expect(people("彧红梅", "曾志强")).toEqual(["彧红梅", "曾志强"]);
  });
  it("counter-examples: a compound surname, a padded name and a wrapped unit in a people column still join", () => {
    expect(people("欧阳", "明华")).toEqual(["欧阳明华"]);
    expect(people("王 军")).toEqual(["王军"]);
    expect(people("县卫生", "健康局")).toEqual(["县卫生健康局"]);
  });
});

describe("splitEntities: a short branch office after a unit line that ran to the cell's edge", () => {
  const withGuesses = (lines: Parameters<typeof splitEntities>[0]) => {
    const guesses: NameGuess[] = [];
    return { names: splitEntities(lines, "unit", { guesses }), guesses };
  };
  it("keeps the two apart and records the doubt (the branch may be that unit's office or a unit of its own)", () => {
    expect(withGuesses([{ text: "市生态环境局", wrapped: true }, { text: "青禾分局" }])).toEqual({
      names: ["市生态环境局", "青禾分局"],
      guesses: [{ kind: "split", parts: ["市生态环境局", "青禾分局"], joined: "市生态环境局青禾分局" }],
    });
  });
  it("counter-examples: a line that ended short, a list of branches, a branch naming its line of work, a full unit name", () => {
    expect(withGuesses([{ text: "市生态环境局", ended: true }, { text: "青禾分局" }]).guesses).toEqual([]);
    expect(withGuesses([{ text: "移动分公司", wrapped: true }, { text: "联通分公司" }]).guesses).toEqual([]);
    expect(withGuesses([{ text: "市公安局", wrapped: true }, { text: "泉港公安分局" }]).guesses).toEqual([]);
    expect(withGuesses([{ text: "市生态环境局", wrapped: true }, { text: "市交通运输局" }]).guesses).toEqual([]);
  });
  it("joins when the document writes the whole name elsewhere", () => {
    const known = new Set(["市生态环境局青禾分局"]);
    expect(splitEntities([{ text: "市生态环境局", wrapped: true }, { text: "青禾分局" }], "unit", { known, guesses: [] })).toEqual(["市生态环境局青禾分局"]);
  });
});

describe("splitEntities: a wrap inside a department's usual name", () => {
  it("joins the pieces of a name cut inside its core, even where the first piece ends like a name (`社`)", () => {
    expect(splitEntities([{ text: "县人力资源和社", wrapped: true }, { text: "会保障局" }], "unit")).toEqual(["县人力资源和社会保障局"]);
    expect(splitEntities(["市交通", "运输局"], "unit")).toEqual(["市交通运输局"]);
  });
  it("counter-examples: two names side by side, a piece that opens with a place, a line that ended short", () => {
    expect(splitEntities(["县财政局", "县税务局"], "unit")).toEqual(["县财政局", "县税务局"]);
    expect(splitEntities(["县农业农村局", "县交通运输局"], "unit")).toEqual(["县农业农村局", "县交通运输局"]);
    expect(splitEntities([{ text: "县人力资源和社", ended: true }, { text: "会保障局" }], "unit")).toEqual(["县人力资源和社", "会保障局"]);
  });
});

describe("normaliseRecord: units kept apart at a wrap, vouched for by their people", () => {
  const rec = (units: Array<{ text: string; wrapped?: boolean }>, leaders: string[]) =>
    normaliseRecord({ table: 0, seq: 7, section: [], task: ["任务。"], cells: { units, leaders: leaders.map((text) => ({ text })) }, source: {} });
  it("two units and two people beside them: no doubt", () => {
    const t = rec([{ text: "交通运输局", wrapped: true }, { text: "公路分局" }], ["朱辉阳", "洪五洲"]);
    expect([t.units, t.review]).toEqual([["交通运输局", "公路分局"], []]);
  });
  it("counter-example: one person for the two pieces leaves the doubt on the row", () => {
    const t = rec([{ text: "市生态环境局", wrapped: true }, { text: "青禾分局" }], ["严峻"]);
    expect(t.review.map((r) => r.code)).toEqual(["NAME_SPLIT_AT_WRAP"]);
  });
});

describe("an office wrapped after the body it belongs to", () => {
  const rec = (units: Array<{ text: string; wrapped?: boolean }>) =>
    normaliseRecord({ table: 0, seq: 4, section: [], task: ["任务。"], cells: { leadUnits: units }, source: {} });
  it("a government or party committee named by its level, then a bare office on the next line: one name", () => {
    expect(rec([{ text: "县委督查室、县政府", wrapped: true }, { text: "督查室" }]).leadUnits).toEqual(["县委督查室", "县政府督查室"]);
    expect(rec([{ text: "区人社局、区委", wrapped: true }, { text: "编办" }]).leadUnits).toEqual(["区人社局", "区委编办"]);
  });
  it("after any other unit the office stays apart, and the row says so", () => {
    const t = rec([{ text: "县财政局、县住建局", wrapped: true }, { text: "督查室" }]);
    expect(t.leadUnits).toEqual(["县财政局", "县住建局", "督查室"]);
    expect(t.review.map((r) => r.code)).toEqual(["NAME_SPLIT_AT_WRAP"]);
  });
  it("counter-example: a line that did not run to the cell's edge ends its name", () => {
    const t = rec([{ text: "县政府" }, { text: "县委办" }]);
    expect([t.leadUnits, t.review]).toEqual([["县政府", "县委办"], []]);
  });
});

describe("a person's name wrapped before a list's 、", () => {
  it("`许文` | `斌、吴丹`: the lone character ends the name above", () => {
    expect(splitEntities(["许文", "斌、吴丹"], "person")).toEqual(["许文斌", "吴丹"]);
  });
  it("counter-example: two whole names on two lines stay two", () => {
    expect(splitEntities(["许文", "吴丹、陈斌"], "person")).toEqual(["许文", "吴丹", "陈斌"]);
  });
});

describe("a unit's ending cut after a line that ended short of the cell's edge", () => {
  it("`各乡镇人民` | `政府`: the line leaves no whole unit, the next completes its ending", () => {
    expect(splitEntities([{ text: "各乡镇人民", ended: true }, { text: "政府" }], "unit")).toEqual(["各乡镇人民政府"]);
  });
  it("counter-example: a whole unit that ended its line stays apart from the next", () => {
    expect(splitEntities([{ text: "县人民政府", ended: true }, { text: "县政府办" }], "unit")).toEqual(["县人民政府", "县政府办"]);
  });
});

describe("a three-character name wrapped after its first two, at the end of a list", () => {
  it("`周明、林海` | `燕`: the lone character ends the list's last name", () => {
    expect(splitEntities(["周明、林海", "燕"], "person")).toEqual(["周明", "林海燕"]);
  });
  it("counter-example: two lone characters on the next lines are a padded name of their own", () => {
    expect(splitEntities(["周明、林海", "燕", "阳"], "person")).not.toContain("林海燕");
  });
});
