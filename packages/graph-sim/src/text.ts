import { hash, unit } from "./hash";

// Word pools for deterministic people, team and message text.

export const GIVEN_NAMES = [
  "Adele",
  "Alex",
  "Diego",
  "Grady",
  "Henrietta",
  "Isaiah",
  "Johanna",
  "Joni",
  "Lee",
  "Lidia",
  "Lynne",
  "Miriam",
  "Nestor",
  "Patti",
  "Pradeep",
  "Aisha",
  "Yuki",
  "Mateo",
  "Noor",
  "Sven",
  "Chioma",
  "Ravi",
  "Zoë",
  "François",
  "Łukasz",
  "Søren",
  "Anaïs",
  "José",
  "Mei",
  "Dmitri",
  "Fatima",
  "Oluwaseun",
];
export const SURNAMES = [
  "Vance",
  "Wilber",
  "Siciliani",
  "Archie",
  "Cerveny",
  "Langer",
  "Lauer",
  "Sherman",
  "Gu",
  "Holloway",
  "Robinson",
  "Bowen",
  "Wilson",
  "Fernandez",
  "Gupta",
  "Haddad",
  "Tanaka",
  "García",
  "Nakamura",
  "Lindqvist",
  "Okafor",
  "Iyer",
  "Müller",
  "Dubois",
  "Kowalski",
  "Ørsted",
  "Zhang",
  "Petrov",
  "Al-Sayed",
  "Adeyemi",
];
export const JOB_TITLES = [
  "Marketing Manager",
  "Retail Manager",
  "Developer",
  "Product Manager",
  "Legal Counsel",
  "Sales Lead",
  "Compliance Officer",
  "Designer",
  "Support Engineer",
  "Finance Analyst",
  "HR Partner",
  "CFO",
];
export const OFFICES = ["18/2111", "20/1101", "131/1104", "12/1110", "Remote", "Paris", "Tokyo", "Lagos"];
export const LANGS = ["en-US", "en-GB", "fr-FR", "de-DE", "ja-JP", "es-ES", "ar-SA", "he-IL"];
export const TEAM_NAMES = [
  "Mark 8 Project Team",
  "Sales and Marketing",
  "Retail",
  "Digital Initiative Public Relations",
  "Leadership",
  "U.S. Sales",
  "Contoso Life",
  "Engineering",
  "Compliance Review",
  "Product Launch",
  "Finance",
  "Legal",
];
export const CHANNEL_NAMES = [
  "Research and Development",
  "Design",
  "Go To Market Plan",
  "Monthly Reports",
  "Operations",
  "Customer Feedback",
  "Budget",
  "Hiring",
  "Incidents",
  "Announcements",
  "Random",
  "Roadmap",
];
export const CHAT_TOPICS = [
  "Quarterly planning",
  "Launch prep",
  "Lunch?",
  "Contract review",
  "Offsite logistics",
  "Bug bash",
  "Weekly sync",
  "Customer escalation",
  "Design critique",
  "Budget 2027",
];

const WORDS = (
  "the project update meeting tomorrow review draft budget deadline customer release plan design team " +
  "please check document shared folder thanks agenda notes follow up quick question status report " +
  "approved pending invoice contract legal risk compliance audit retention policy export archive today " +
  "next week friday monday call schedule slides feedback numbers forecast launch marketing sales " +
  "support ticket incident resolved escalation priority sprint backlog demo prototype build deploy " +
  "sounds good agreed let's move forward can you send me the latest version before noon"
).split(" ");

const RTL = [
  "مرحبا بالجميع، الاجتماع غدًا في الساعة العاشرة.",
  "هل يمكنك مراجعة المستند قبل نهاية اليوم؟",
  "שלום לכולם, הפגישה נדחתה ליום ראשון.",
  "תודה רבה על העדכון, נעבור על זה מחר.",
];
const CJK = [
  "明日の会議の資料を共有します。",
  "请在周五之前审阅这份合同。",
  "회의록을 공유드립니다.",
  "了解しました！",
];
const ACCENTED = [
  "Ça marche, on se voit à 14h à l'hôtel de ville.",
  "Größe und Maße bitte prüfen — danke schön!",
  "¿Puedes revisar el informe mañana?",
  "Zażółć gęślą jaźń, tak jest.",
];
const EMOJI = ["👍", "🎉", "😂", "🚀", "✅", "❤️", "🙏", "👀", "🔥", "🤔", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇫🇷"];

export function pick<T>(arr: readonly T[], h: number): T {
  return arr[h % arr.length]!;
}

function sentence(key: number, n: number): string {
  const len = 4 + (hash(key, n, 1) % 14);
  const words: string[] = [];
  for (let w = 0; w < len; w++) words.push(pick(WORDS, hash(key, n, w + 2)));
  const s = words.join(" ");
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}${pick([".", ".", "?", "!"], hash(key, n, 99))}`;
}

// A fixed pool of sentences keeps per-message text generation cheap.
const POOL_SIZE = 4096;
const POOL: string[] = Array.from({ length: POOL_SIZE }, (_, i) => sentence(0x5e17e, i));

/** Plain text of a message: English plus, by hash, RTL, CJK, accented text or emoji. */
export function messageText(key: number): string {
  const n = 1 + (hash(key, 0, 7) % 3);
  const parts: string[] = [];
  for (let s = 0; s < n; s++) parts.push(POOL[hash(key, s, 6) % POOL_SIZE]!);
  const r = unit(hash(key, 0, 8));
  if (r < 0.08) parts.push(pick(RTL, hash(key, 0, 9)));
  else if (r < 0.13) parts.push(pick(CJK, hash(key, 0, 9)));
  else if (r < 0.18) parts.push(pick(ACCENTED, hash(key, 0, 9)));
  if (unit(hash(key, 0, 10)) < 0.12)
    parts.push(pick(EMOJI, hash(key, 0, 11)) + pick(EMOJI, hash(key, 0, 12)));
  return parts.join(" ");
}

/** A body larger than 100 KB. */
export function largeText(key: number): string {
  const target = 100_000 + (hash(key, 0, 13) % 40_000);
  const parts: string[] = [];
  let size = 0;
  let s = 0;
  while (size < target) {
    const p = `${POOL[hash(key, s, 16) % POOL_SIZE]} ${POOL[hash(key, s, 17) % POOL_SIZE]} ${pick(RTL, hash(key, s, 14))} ${pick(EMOJI, hash(key, s, 15))}`;
    parts.push(p);
    size += p.length + 1;
    s++;
  }
  return parts.join("\n");
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export const FILE_NAMES = [
  "Q3 Report.docx",
  "Budget 2027.xlsx",
  "Launch plan.pptx",
  "Contract – final (v2).pdf",
  "Notes.one",
  "Roadmap.xlsx",
];
export const REACTIONS = ["like", "heart", "laugh", "surprised", "sad", "angry"];
