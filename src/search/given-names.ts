// Common given names, so that a patient's name in a sentence-length query ("Emma had her initial encounter…")
// is not matched against the eponyms and index terms it happens to spell. Source: the most frequent given
// names in the U.S. Social Security Administration's public baby-name lists (births 1940–2020), lower case.
// A name is dropped only when capitalised in a sentence-length query and not followed by "disease",
// "syndrome"… (see tokenizeQuery), so "Addison's disease" or "Christmas disease" still match.
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron abigail adam addison adrian aiden alexander alexis alice allison amanda amber amelia amy andrea andrew
  angela anna anne anthony aria ashley aubrey audrey austin ava avery barbara benjamin betty beverly brandon
  brenda brian brittany brooklyn caleb camila carol caroline carter catherine charles charlotte cheryl
  chloe christian christina christine christopher claire cynthia daniel david deborah debra denise dennis
  diana diane donald donna dorothy dylan eleanor elijah elizabeth ella ellie emily emma eric ethan evelyn
  ezra frances frank gabriel gary george gloria grace gregory hannah harper hazel heather helen henry
  isaac isabella jack jackson jacob james janet janice jason jayden jean jeffrey jennifer jeremy jerry
  jessica joan john jonathan jordan jose joseph joshua joyce juan judith judy julia julie justin karen
  katherine kathleen kathryn kayla keith kelly kenneth kevin kimberly kyle laura lauren layla leah leo
  liam lillian lily linda lisa logan lucas lucy luke madison margaret maria marie marilyn mark mary mason
  matthew megan melissa mia michael michelle mila nancy natalie nathan nicholas nicole noah nora olivia
  oliver owen pamela patricia patrick paul penelope peter rachel raymond rebecca richard riley robert
  ronald rose ruth ryan samantha samuel sandra sara sarah scarlett scott sean sebastian sharon shirley
  sophia sophie stella stephanie stephen steven susan teresa terry thomas timothy tyler victoria virginia
  walter wayne william wyatt zachary zoe zoey`.split(/\s+/),
);
