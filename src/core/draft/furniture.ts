// Page furniture: lines a copy-paste from a web page brings along that are not the article (navigation,
// "Skip Header", photo captions and credits, share buttons, "Retrieved from", categories, archive
// notices, contact blocks, bylines and datelines). Told apart by their shape and by where they stand:
// above the headline everything is furniture; between the headline and the first paragraph, short
// lines are; after it, only lines of a known shape are. Drafting drops them and lists them in
// article.exclude, so the author sees exactly what was left out.

import { GLOSSARY_ENTRY } from './glossary.js';
import { unwrapLines } from './unwrap.js';
import { splitSentences } from '../article.js';
import { MONTH, slashDateInWords, WEEKDAY } from '../calendar.js';
import { COUNTRIES } from './places.js';
import { IRREGULAR_PAST } from './quantity-question.js';

/**
 * A video or audio player's notice where the page had one: "To view this video please enable JavaScript, ...", VOA's
 * "Your browser doesn’t support HTML5" (trial 380 took it for the headline); the line alone, not a paragraph that
 * quotes it (the review of s32).
 */
const VIDEO_NOTICE =
  /^(?:to view this video,? please enable javascript\b|your browser (?:doesn['’]t|does not) support (?:html5|the (?:audio|video) (?:element|tag))(?: (?:video|audio))?\.?$)/i;

/** A Wikinews Shorts page's date line, in a sentence: "A compilation of brief news reports for Friday, June 8, 2007." */
const DIGEST_OPENING = 'a compilation of brief news reports for';
const DIGEST_DATE = new RegExp(`^${DIGEST_OPENING} (.+?)\\.?$`, 'i');
const DIGEST_DATE_OPENING = new RegExp(`^${DIGEST_OPENING}\\b`, 'i');

/** A US government site's banner line: furniture, but the title of a paste that shows no headline. */
const SITE_BANNER = /^an official website of the united states government\b/i;

// Anywhere in a line: marks no article sentence carries.
const ALWAYS: readonly RegExp[] = [
  /©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b/i,
  /\bthis site uses akismet\b/i,
  /\bwe use cookies\b|\b(accept|allow|manage) (all )?cookies\b|\bcookie (policy|settings|preferences)\b/i,
  /^retrieved from\b/i,
  // A mirror's licence note: "Originally posted by Wikinews. Wikinews content appears under the Creative Commons
  // Attribution 2.5 license ..." (trial 343 took it for the title).
  // Not a story's "Originally posted by a farmer on Facebook, the video ...".
  // "Originally posted by the Voice of America. Voice of America content is produced by the Voice of America, a United
  // States federal government-sponsored entity, and is in the public domain." (trial 425 took it for the title).
  /^originally posted by (?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s?){1,3}(?:\s*\([^()]{2,40}\))?(?:\s+on\s+[^.]{3,30})?\.(?:\s|$)|\bwikinews content appears under\b|^content appears under the creative commons\b|^voice of america content is produced by\b/iu,
  // A US government site's banner: "An official website of the United States government", "Here's how you know",
  // "Official websites use .gov", "Secure .gov websites use HTTPS" (trial 302 took the first for the headline).
  SITE_BANNER,
  /^u\.s\. flag$/i,
  // A release's note to the press: "***EDITORS AND NEWS DIRECTORS: USGS scientists will be in the field ... Call Butch
  // Kinerney at (703) 648-4732 ...***" (trial 311 took it for the main idea and a person "Call Butch Kinerney").
  /^\**\s*(?:editors and news directors|note to editors|editors['’]? note to|attention editors|news directors)\s*:/i,
  // The site's name as a label line over the story: "VOA Learning English" (trial 312 took it for the headline).
  /^(?:voa\s+)?(?:learning|special)\s+english(?:\s+broadcasts?)?$/i,
  // VOA's about lines, which a feed's repost prints over the story: "Voice of America is an international news and
  // broadcast organization serving ...", "Learning English broadcasts use a limited vocabulary and are read at a slower
  // pace ..." (trial 397 took the second for the lede and the main idea).
  /^voice of america is an international (?:news|multimedia)\b/i,
  /^(?:voa\s+)?learning english\b.{0,30}\buse a limited vocabulary\b/i,
  /^practice english every ?day with voa\b/i,
  /^here['’]s how you know\.?$/i,
  /^(?:official websites use \.gov|secure \.gov websites use https|a \.gov website belongs to an official government organization)\b/i,
  /^(?:a lock|https:\/\/) .{0,80}\bmeans you['’]ve safely connected to the \.gov website\b/i,
  /^this page is archived\b/i,
  /^please note that due to our archival policy\b/i,
  // The rest of Wikinews's archive notice: "Articles presented on Wikinews reflect the specific time at which they were
  // written ...", "Note that some listed sources or external links may no longer be available online due to age."
  // (trial 290's main idea offered the second as a summary).
  /^articles presented on wikinews reflect the specific time\b/i,
  /^(?:please )?note that (?:some )?(?:the )?listed sources(?: or external links)? may no longer be available\b/i,
  // "Please note that due to the way in which Wikinews is archived, this article may have been a part of
  // Category:Wikinews Shorts ..." (trial 181 kept it as the story's last paragraph).
  /^please note that due to the way in which wikinews is archived\b/i,
  // Wikinews's robot archive notice and what follows it: "This page has been automatically archived by a robot, and
  // is no longer publicly editable.", "Got a correction? Add the template {{editprotected}} ...", "Please note that
  // the listed sources may no longer be available online." (trial 120 kept them as three paragraphs).
  /^this page has been (?:automatically )?archived\b/i,
  /^got a correction\?/i,
  // "Found an error? Please add {{editprotected}} to the talk page ..." (trial 192 kept it as the story's last paragraph).
  /^found an error\?/i,
  // nasa.gov's closing links: "Search this database of scientific experiments to learn more about those mentioned
  // above.", "Download full-resolution versions of all photos in this article." (trials 211, 213, 214).
  /^search this database of scientific experiments\b/i,
  // A blog's link line: "View more images of the rift and other icy phenomenon here." (trial 289).
  /^(?:view|see|read|watch|browse|explore|find|download|learn)\s+(?:more|all|the full)\b.{0,120}\s(?:here|at this link|on (?:our|the) website)\.?$/i,
  /^download (?:full-resolution|high-resolution) versions of\b/i,
  // A caption run on with its bare credit: "NASA astronaut Nick Hague collects intraocular pressure from ... for the
  // Fluid Shifts study. NASA" (trials 211, 213 drafted facts and people from six of them).
  // "... around the focal plane. NASA/Kepler mission" too (trial 218).
  /^.{20,1500}[.!?)]\s+(?:NASA|ESA|JAXA|NOAA|USGS|JPL|CSA)(?:\/[\p{L}\p{N}.&'’ -]{1,40})?$/u,
  // A Wikinews Shorts page's standing lines: "A compilation of brief news reports for Friday, June 8, 2007." (its date
  // line, in a sentence) and "Contribute to Wikinews by expanding these briefs or add a new one." (trials 202-204 kept
  // the first as paragraph 1 and the main idea).
  DIGEST_DATE_OPENING,
  /^contribute to wikinews\b/i,
  /^please note that the listed sources may no longer be available\b/i,
  // A news release's closing block (trial 123 kept seven of its lines as paragraphs and headings): "Learn more
  // about NASA’s Artemis campaign at:", the address alone on its line, "– end-", the contacts' names across a slash,
  // "Headquarters, Washington", and the page's "Details / Last Updated / Location".
  /^learn more about .{2,160}\s(?:at|here|visit)\s*:?$/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^[-–—]\s*end\s*[-–—]$/i,
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+(?:\s+\/\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)+$/u,
  /^(?:NASA\s+)?Headquarters,\s+Washington\.?$/i,
  /^\p{Lu}[\p{L} ]{2,60}\s(?:Center|Centre|Laboratory),\s+\p{Lu}[\p{L} .,]{2,40}$/u,
  /^(?:details|last updated|location|(?:page\s+)?last updated\s*:.{0,40})$/i,
  // A page's reading time: "2 min read" (trial 269 took it for the title once the date line below it was furniture).
  /^\d{1,3}\s+min(?:ute)?s?\s+read$/i,
  // An audio or video player's own text, pasted with the page: "The code has been copied to your clipboard.",
  // "width px height px", "No media source currently available", "0:00 0:07:08 0:00" (trial 117 drafted its main
  // idea from them).
  /^the code has been copied to your clipboard\.?$/i,
  /^width\s*(?:\d+\s*)?px\s+height\s*(?:\d+\s*)?px$/i,
  /^no media source currently available$/i,
  // The same player's line while it loads, and a page's accessibility menu: "please wait" over "No media source
  // currently available", "Accessibility links" (trial 271 titled its bank "please wait").
  /^please wait\.{0,3}$/i,
  // A blog's date labels with their dates lost in the paste: "Posted Updated" (trial 286 titled its bank with it).
  /^(?:posted|updated|published)(?:\s+(?:posted|updated|published))*\s*:?$/i,
  // A reposting site's terms: "By accessing/using The Crittenden Automotive Library/CarsAndRacingStuff.com, you signify
  // your agreement with the Terms of Use ..." (trial 285 titled its bank with it).
  /^by (?:accessing|using|visiting)\b.{0,200}\byou (?:signify|agree|accept|consent)\b/i,
  // A byline of a name and a news service: "Henry Ridgwell, VOA News" (trial 285's title once the terms went).
  /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+(?:VOA(?:\s+News)?|Reuters|AP|AFP|the Associated Press|Associated Press|BBC News|CNN)$/u,
  // EurekAlert!'s release page: "News Release" over the headline, then "Peer-Reviewed Publication" and the institution
  // that sent it (trial 281 titled its bank "U.S. Geological Survey").
  /^(?:peer-reviewed publication|news release|press release)$/i,
  // VOA's page end: an image's size label, the desk's name, its about line cut short ("• 16x9 Image", "VOA News", "The
  // Voice of America provides news and information in more than 4"; trial 275 printed them as headings).
  /^[•·]?\s*\d+x\d+\s+image$/i,
  /^voa news$/i,
  /^the voice of america provides news and information\b/i,
  /^accessibility links$/i,
  // A feed's or a site's link home: "BBC News - Home" (trial 397 titled its bank with it).
  /^[\p{L}\d .&'’]{2,40}\s[-–|]\s(?:home|home ?page)$/iu,
  // A free host's banner over a reposted page: "Make your own free website on Tripod." (trial 385 titled its bank with it).
  /^make your own free website on(?:\s+(?:tripod|angelfire|geocities|lycos|wix|weebly)(?:\.com)?)?\.?$/i,
  /^(?:\d{1,2}:\d{2}(?::\d{2})?\s*){2,4}$/,
  // A photo caption with its credit on the same line: "... held this week in Washington D.C. Image: United States Navy."
  /^.{0,240}\.\s+(?:image|photo|picture|credit|photo credit)s?\s*:\s*[^.]{2,80}\.?$/i,
  // A caption with its credit and a download link: "... on March 11. Credits: NASA/JPL-Caltech. Download image ›"
  // (trial 15: NASA's captions run to 400 characters).
  /^.{0,800}\.\s+credits?\s*:\s*[^.]{2,80}\.?\s*(?:download (?:image|video|audio|file|photo)\s*[›»>]?)?$/i,
  // A long caption, several sentences, with its credit at the end: "... two Japanese astronaut missions to the lunar
  // surface. Photo Credit: (NASA/Bill Ingalls)" (trial 123 drafted three facts and its main idea from one).
  /^.{20,1500}[.!?]\s+(?:photo|image|video|picture)\s+credits?\s*:\s*\(?[^.()]{2,80}\)?\.?$/i,
  // "... was 101 Dobson Units on October 3. Image: NOAA Climate.gov": a long caption credited to a site by its address
  // (trial 272 drafted its main idea and two figures from one).
  /^.{20,1500}[.!?]\s+(?:image|photo|picture|credits?)\s*:\s*[^.]{0,60}\b[\w-]+\.(?:gov|com|org|net|edu|int)\b[^.]{0,40}\.?$/i,
  /\bdownload (?:image|video|audio|file|photo)\s*[›»>]\s*$/i,
  // A caption run on with its credit across a slash and no full stop: "... which was damaged during touchdown.
  // NASA/JPL-Caltech" (trial 131 drafted two events from one).
  /^.{20,1500}[.!?)]\s+\p{Lu}[\p{L}.&'’-]*(?:\s?\/\s?\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*)?){1,4}$/u,
  // A caption with its credit run on at the end, no full stop after it: "... measured by CloudSat’s radar (bottom).
  // Jesse Allen, NASA Earth Observatory" (trial 107 drafted a person and a body from the credit).
  /^.{20,800}[.)]\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}.&'’/-]*\s*){1,6}$/u,
  // A group photo's caption: "From left, Austin Bumbalough, Ken Kobayashi, ... gather after ..." (trial 111 drafted five
  // people from it).
  // "At the top, from left to right: José Miguel Carrera, ..." (trial 159 drafted four people from it).
  /^(?:(?:at|on|in) the (?:top|bottom|left|right|cent(?:er|re)|front|back|rear),\s*)?\(?(?:from left|from right|left to right|right to left|clockwise from (?:top )?left)\)?\s*[,:]/i,
  // "2022 Honorees from left to right: (Front Row) Tim Wilson (NESC Director); ..." (trial 262 drafted 14 names from it).
  // Only a label of capitalised words (and a year) before it: "Voters ... have swung from left to right: ..." is prose.
  /^(?:\d{4}\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:from left to right|from right to left|left to right)\s*:/u,
  // A video player's notice: "To view this video please enable JavaScript, and consider upgrading ..." (trial 99).
  VIDEO_NOTICE,
  /^(?:have an opinion on this story|add or view comments)\b/i,
  // Wikinews's reader box: "HAVE YOUR SAY" over a question put to readers.
  /^have your say\b/i,
  // A media box: "AUDIO: Listen to the entire State of the Union address (1:09:29)." (trial 77's main idea).
  /^(?:audio|video|listen|watch)\s*:.{0,200}\(\d{1,2}:\d{2}(?::\d{2})?\)\.?$/i,
  /^from wikinews\b|\bthe free news source you can write\b/i,
  /^this text comes from \w+\. permission is granted\b/i,
  // A wiki's page footer: "This page was last edited on 14 June 2023.", "Content is available under Creative
  // Commons Attribution 2.5 unless otherwise noted.", "Privacy policy About Wikinews Disclaimers Mobile view".
  /^this page was last (?:edited|modified|updated)\b/i,
  /^(?:this\s+)?(?:content|text) is available under\b/i,
  // Wikinews's licence note and comment box: "This article is in the public domain: it was published on Wikinews
  // before September 25, 2005.", "Do you want to discuss this article? Add your comment below." (trials 42, 43).
  /^this (?:article|story|page) is in the public domain\b/i,
  /^do you want to discuss this (?:article|story)\b/i,
  // "Have your say" and "Would you like to write about this story? Add your comments" (trial 56).
  /^would you like to (?:write|comment) (?:about|on) this (?:article|story)\b/i,
  /^have your say$/i,
  // Wikinews's original-reporting notice under "Sources" (trials 47, 48).
  /^this (?:article|story) features first-hand journalism\b/i,
  // Its forms for an interview and its heading line: "This exclusive interview features first-hand journalism by a
  // Wikinews reporter.", "Wikinews original reporting. This article features ..." (trials 250 and 252).
  /^this (?:exclusive )?interview features first-hand journalism\b/i,
  /^wikinews original reporting\b/i,
  // Its disclosure box: "This article mentions the Wikimedia Foundation, one of its projects, or people related to it.
  // Wikinews is a project of the Wikimedia Foundation." (trial 250 drafted its main idea from it).
  /^this (?:article|story) mentions the wikimedia foundation\b/i,
  // Its note on broadcast sources: "Some information contained in this article was obtained from television, radio,
  // or live webcast sources." (trial 273 kept it as the story's last paragraph).
  /^some information contained in this (?:article|story) was obtained from\b/i,
  // A site that reposts Wikinews signs it off: "This story was originally published on Wikinews as ...", "About the
  // author" / "Wikinews Syndicator", "This article has been syndicated from Wikinews where it is available under a
  // Creative Commons Attribution 2.5 licence.", "Wikinews is a project ran by the Wikimedia foundation and is
  // written by volunteers ..." (trial 270 drafted a wrong summary from the last).
  /^this (?:article|story) (?:was|has been) (?:originally |first )?(?:published|syndicated|republished) (?:on|from|by) wikinews\b/i,
  /^wikinews is a project (?:ran|run|of)\b/i,
  // Its review banner and edit stamp on a draft awaiting review: "This article requires pre-publication review by an
  // uninvolved reviewer ...", "Note, only qualified reviewers may do this ...", "-Article last amended: Jan 26 at 22:08:35
  // UTC (history) |" (trial 332 drafted its title, a body "Easy Peer Review" and the main idea from them).
  /^this (?:article|story) requires pre-publication review\b/i,
  /^note, only qualified reviewers may\b/i,
  /^-?\s*article last amended:/i,
  // The stable-version box of a reviewed page: "This is the stable version, checked on 5 May 2023. Template changes
  // await review." (trial 364 drafted the main idea from it).
  /^this is the (?:stable|latest accepted) version,? (?:checked|reviewed|accepted) on\b.{0,80}$/i,
  /^(?:there (?:is|are) \d+ pending changes?|template changes await review)\b.{0,60}$/i,
  /^about the author$/i,
  /^wikinews syndicator$/i,
  // A news site's sign-off and credit: "I'm Bryan Lynn.", "Bryan Lynn wrote this story for VOA Learning
  // English based on reports from NASA.", "Anna Matteo adapted it for Learning English."
  // Two voices sign off together: "I'm Andrew Smith. And I'm Anna Matteo."
  // "I’m Mario Ritter, Jr." (trial 145): a comma before a suffix.
  /^i['’]m\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3}\.?(?:\s+(?:and\s+)?i['’]m\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3}\.?)*$/iu,
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:wrote|reported|adapted|edited|produced)\s+(?:this\s+(?:story|article|report)|it)\s+for\s+\p{Lu}.{0,160}$/u,
  // A broadcast's opening and sign-off: "From VOA Learning English, this is the Health Report.", "For VOA Learning
  // English, I'm Alex Villarreal." (trial 291 had the first as its main idea and "the Health Report" as a name).
  // Not "For VOA, this is a big change, said editor Tom Lane ...": the opening names a programme in capitals.
  // "this is the Health & Lifestyle report." too (trial 320).
  /^[Ff]rom\s+(?:VOA(?:\s+Learning\s+English)?|the\s+Voice\s+of\s+America)\s*,\s+this\s+is\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|&|and|in|of|the)){0,6}(?:\s+(?:report|program|programme|show))?\.?$/u,
  // "This is Bob Doughty with the VOA Special English Economics Report." (trial 322 drafted it as the main idea).
  // Only the programme's name after it: "This is Steve Ember for the Voice of America's English service, and he is
  // retiring" goes on into the story (the review of s26).
  /^(?:(?:And\s+)?[Tt]his\s+is|(?:And\s+)?I['’]m)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+(?:with|for|on|in)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}&'’-]*|in|of|the|and|&)(?:\s+|,\s*)){0,6}?(?:in\s+)?(?:the\s+)?(?:VOA|Voice\s+of\s+America)(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}&'’-]*|in|of|the|and|&)){0,6}(?:\s+(?:report|program|programme|show|service))?\.?$/u,
  // "This is the VOA Special English Agriculture Report." (trial 333 drafted it as the main idea): the programme alone.
  /^(?:And\s+)?[Tt]his\s+is\s+(?:the\s+)?(?:VOA|Voice\s+of\s+America)(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}&'’-]*|in|of|the|and|&)){1,6}?\s+(?:[Rr]eport|[Pp]rogram|[Pp]rogramme|[Ss]how)\.?$/u,
  /^for\s+(?:voa(?:\s+learning\s+english)?|the\s+voice\s+of\s+america)\s*,\s+i['’]m\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3}\.?$/iu,
  // A photo's caption dated as a file picture: "DAB's Starry Lee; from file, 2015.", "The mayor (file photo)."
  /^.{2,160}?[;,(]\s*(?:from file|file photo|file picture|file image|archive photo)(?:,\s*\d{4})?\)?\.?$/i,
  /^privacy policy\b.{0,80}\b(?:about|disclaimers?|terms of use)\b/i,
  // A news agency's file picture, credited or not: "FILE - Travelers walk through ... on December 1, 2023." (trial 12),
  // "FILE: Sok Eysan, a spokesman ..., gave an interview ..." (trial 22).
  /^FILE\s*[-–—:]\s+\S.{0,300}$/,
  // A caption ending in its credit in brackets: "... polling station in Ariksat commune. (Sun Narin | VOA Khmer)",
  // "(AP Photo/Jane Doe)" (trial 22): a name and an outlet across a bar or a slash.
  // "(REUTERS/Martin Passingham/File Photo)" (trial 313): the outlet, the photographer and the kind of picture.
  /^.{10,600}\(\s*\p{Lu}[\p{L}.'’ -]{1,40}?(?:\s*[|/]\s*\p{Lu}[\p{L}.'’ -]{1,40}?){1,3}\s*\)\s*$/u,
  // "Aging KC135 tankers, shown here refueling an F16, were to be replaced ...": a caption points at its picture
  // (trial 40).
  /^.{5,300}\b(?:shown here|pictured here|seen here|\(pictured\)|in this (?:photo|picture|image|file photo))\b.{0,200}$/i,
  // "In this file photo, emperor penguins are seen ...", "In this Aug. 3, 2020, file photo, a farmer inspects ..." (trial
  // 313): a caption may open on it, as one sentence with its credit; a line that goes on to a second sentence ("...
  // speaks in Topeka. Kelly declared ...") holds the story too (the review's counterexample).
  /^In this\b.{0,40}?\b(?:photo|picture|image)\b(?![^]*?\p{Ll}{2}[.!?]["”’)]?\s+["“]?\p{Lu})[^]{0,300}$/u,
  // "George W. Bush reads the joint statement, flanked by Ehud Olmert (left) and Mahmoud Abbas (right).": who
  // stands where in a picture (trial 32).
  /^.{10,300}\((?:left|right|center|centre|far left|far right|second from (?:left|right))\).{0,200}$/,
  /^.{2,200}\((?:L|R)\).{2,200}\((?:L|R)\).{0,200}$/,
  // "... Phnom Penh, Cambodia, July 29, 2018. (Reuters)", "(AP)", "(AFP/Getty Images)": a caption credited to an
  // agency alone (trial 27).
  /^.{20,600}[.!?]\s*\((?:Reuters|AP|AFP|EPA|Getty Images|AFP\/Getty Images|AP Photo|VOA|Xinhua|Anadolu)\)\s*$/,
  // "Read to children! ... the best way to raise a child to love reading. (AP PHOTO)", "... (Courtesy Photo)": the
  // kind of picture in capitals or as a courtesy (trial 405 kept the caption as paragraph 1).
  // "... in Cape Elizabeth, Maine. Taken on March 28, 2010. Photo courtesy Bernt Rostad via Flickr. Used under a CC
  // license.": a picture's caption ends on its credit and its licence (trial 427 drafted it as the story's paragraph 2).
  /^.{20,600}[.!?]\s+(?:Photo|Image)\s+(?:courtesy(?:\s+of)?|credit:?|by)\s+[^.]{2,80}\.(?:\s+Used under (?:a|the) (?:CC|Creative Commons)\b[^.]{0,40}\.)?\s*$/,
  // "(AFP PHOTO/MLADEN ANTONOV)", and a copy cut inside it, "(AFP PHOTO/MLADE" (trial 428 made "MLADE" a body).
  /^.{20,600}[.!?]\s*\((?:(?:AP|AFP|EPA) PHOTO(?:\/[^()]{1,40})?|REUTERS(?:\/[^()]{1,40})?|[Cc]ourtesy(?: [Pp]hoto| of [^()]{2,40})?|[Pp]hoto [Cc]ourtesy(?: of)? [^()]{2,40})\)?\s*$/,
  // "Yon Sineat contributed to this report.", with whatever sign-off follows it.
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:also\s+)?contributed\s+to\s+(?:this|the)\s+(?:report|story|article)\.(?:\s|$)/u,
  // "This story originally appeared on VOAcambodia.com. (July 29, 2018)": where the story ran first.
  /^this (?:story|article|report) (?:originally |first )?(?:appeared|ran|was (?:first )?published) (?:on|in)\b.{2,80}$/i,
  // "Editor's note, April 16, 2024: An earlier version of this article ...": the site's note on the story (trial 25).
  // Not a note that carries news ("Editor's note: The GUSTO mission ended Feb. 26 ..., setting a new record"; trial 91
  // lost its headline figure).
  /^editor['’]s note\b(?=.*\b(?:earlier version|this (?:story|article|report)|(?:was|were|been|is) (?:updated|corrected|changed|amended)|correct(?:ed|ion)|clarif|misstated|misspelled|misidentified|incorrectly)\b)/i,
  // Wikinews's correction box over the story: "Correction — March 19, 2008" and "The next protest is scheduled for April
  // 12, 2008. The article below states April 18 which is incorrect." (trial 338 drafted its main idea from it).
  new RegExp(String.raw`^corrections?\s*[—–:-]\s*(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\s+\d{4})$`, 'iu'),
  // The note's own sentence before it ("The next protest is scheduled for April 12, 2008."), short and dated; not a story's
  // paragraph ("The minister said on Tuesday that the report was incorrect. The report below states ...").
  /^(?:[^.!?]{0,80}\b\d{4}\.\s+)?(?:the|this) (?:article|story) (?:below|above) (?:states?|stated|says|said|gives|gave|reports?|reported|lists?|listed)\b.{0,200}\b(?:incorrect|wrong|in error|an error|mistaken|inaccurate)\b.{0,60}$/i,
  // "Download this video in HD formats from https://...": a media link (trial 25).
  /^download (?:this|the) (?:video|image|photo|audio|animation|file|graphic|chart|map)s?\b/i,
  // A caption with a run-in credit: "... at the poles. Chart by Lauren Dauphin/NASA Earth Observatory, using data
  // from ..." (trial 25).
  /^(?:.{0,600}\.\s+)?(?:Chart|Map|Graphic|Image|Photo|Video|Animation|Illustration|Visualization)s?\s+(?:by|courtesy of)\s+\p{Lu}[^.]{2,200}\.?$/u,
  // The site's call to readers, with its question first: "What do you think about ...? Write to us in the
  // Comments section, and visit our Facebook page." (trial 24).
  /(?:^|[.?!]\s+)write to us in the comments\b/i,
  // A project's credits: "Reporting: Chhengpor Aun, Channy Chheng, ...", "Web production: Brian Williamson".
  /^(?=[\p{L} ]{0,40}(?:report|edit|produc|camera|video|photo|design|graphic|writ|contribut|illustrat))\p{Lu}\p{Ll}+(?: (?:and )?\p{Ll}+){0,3}\s*:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*$/u,
];
/**
 * ALWAYS as one pattern per set of flags: a line is tried against four patterns, not a hundred (a tenth of init's
 * drafting time went to trying them one by one). No pattern of ALWAYS holds a backreference, so joined they match
 * exactly the lines one of them matches.
 */
const ALWAYS_JOINED: readonly RegExp[] = [...new Set(ALWAYS.map((re) => re.flags))].map(
  (flags) =>
    new RegExp(
      ALWAYS.filter((re) => re.flags === flags)
        .map((re) => `(?:${re.source})`)
        .join('|'),
      flags,
    ),
);

// Whole short lines only, so a paragraph that merely starts with "Share" or "Related" stays.
const SHORT_LINE: readonly RegExp[] = [
  /^leave a (comment|reply)\b/i,
  /^\d*\s*comments?$/i,
  /^(share|share this( article| story| post| page)?|share on \w+|tweet( this)?|email this|print( this)?|email)\s*[:!]?$/i,
  // "Recommended Posts", "Share this post", "Link to post": a forum's frame round a repost (trial 319's title was the first).
  /^(read more|read also|see also|related( articles| stories| posts| news| topics)?|more from .*|recommended( for you| posts| articles| stories)?|you (?:may|might) also like)\s*(:.*)?$/i,
  /^(share this post|link to (?:this )?post|reply to this topic|start new topic|followers?\s*\d*|posted \w+ \d{1,2},? \d{4}.*|create an account or sign in to comment)$/i,
  /^(photo|image|picture|credit|caption|video|file photo|file image|graphic)s?\s*(:|by\b)/i,
  /^(subscribe|sign up|newsletter|follow us|advertisement|sponsored( content)?|click here|tags?:|posted in|filed under|categories\s*:)/i,
  /^(previous|next) (article|post|story)\b/i,
  // Navigation a reader selects along with the article.
  /^((jump|skip) to (navigation|search|content|main content|main navigation|search|header|footer)\s*)+$/i,
  // The older MediaWiki skin: "Jump to: navigation, search" (trial 68 took it for the headline).
  /^(?:jump|skip) to:\s*(?:navigation|search|content)(?:,\s*(?:navigation|search|content))*$/i,
  // A wiki's redirect note and review mark: "(Redirected from ...)", "Checked" (trial 28 took the first for
  // the headline).
  /^\(redirected from\b.{1,200}\)$/i,
  /^(?:checked|reviewed|pending review|unreviewed)$/i,
  /^(skip header|end of header|back to top|accessibility links|main menu|breaking news|toggle navigation|menu|search|home)$/i,
  /^(comment on this story|join the conversation|words in this story|listen to this (article|story)|download (image|mp3|pdf)\b.*|direct link(?: \(mp3\))?)$/i,
  // A programme's greeting: "Welcome to American Mosaic from VOA Learning English." (trial 297 drafted it as a fact).
  /^[Ww]elcome to (?:\p{Lu}[\p{L}'’-]*\s*){1,5}from (?:VOA(?: Learning English)?|the Voice of America)\.?$/u,
  // A picture's caption with its credit run in: "Hubble view of Mars, including its polar ice caps. Image credit: NASA.
  // Click to enlarge." (trial 298's main idea).
  /^.{5,300}\.\s+(?:Image|Photo|Picture) credit:\s*[^.]{1,80}\.?(?:\s+Click to enlarge\.?)?$/,
  // A programme's name said as its opening: "This is What’s Trending Today...." (trial 299 had it as paragraph 1).
  // Not "This is Our Town." opening a story: a programme's opening trails off or names the programme.
  /^This is (?:\p{Lu}[\p{L}'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]*(?:\.{3,}|…|(?<=\b(?:Today|Report|Show|Program|Programme|Edition|Hour))[.!]?)$/u,
  /^(sources?|external links?|sister links?|references)$/i,
  // A media player's controls and clock: "|| 0:00:00", "0:00 / 2:31" (trial 359's broke the walk up to the headline).
  // A line of times alone is a result too ("2:02:42" of a marathon, "9:30 / 10:45" of a timetable; the reviews of s30):
  // only the player's own shapes, its clock from 0:00.
  /^(?:(?:\|\||►|▶|❚❚)\s*\d{1,2}:\d{2}(?::\d{2})?|0:00(?::00)?(?:\s*(?:\/\s*)?\d{1,2}:\d{2}(?::\d{2})?)*)$/,
  // A release's header: "FOR IMMEDIATE RELEASE", "MEDIA ADVISORY M17-003", "CB12-13", "-end-".
  /^(for immediate release|media advisory|news release|press release|release information|newsroom( archive)?)\b.*$/i,
  /^[A-Z]{1,4}\d{2}-\d{2,4}$/,
  /^-+\s*end\s*-+$/i,
  /^(contact|media contact|editor|last updated|last revised|last modified|updated|source|component id)\s*:/i,
  // epa.gov's footer: "Related Links", "Read other EPA News Releases about Water", "Contact Us about News
  // Releases ...", "Last updated on October 8, 2024" (trial 59 drafted a body "News Releases").
  /^(?:related links|read other .{0,40}(?:news releases|stories|articles)\b.*|contact us about\b.*|last (?:updated|modified|reviewed) on\b.*)$/i,
  // A page's tags under its headline: "USGS, Water Use, Decrease, United States" (trial 436 took them for the title).
  // Items of one or two words: "Brazil, Russia, India, China Hold Summit" is a headline.
  /^\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)?(?:,\s+\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)?){3,}$/u,
  // census.gov's footer: "Page Last Revised - October 8, 2021", "Is this page helpful?" (trial 424 drafted a person
  // "Revised").
  /^(?:page )?last (?:revised|updated|modified|reviewed)\s*[-–—:]\s*\S.*$|^is this page helpful\??$/i,
  // A release's contacts: "News Media Contacts", and its e-mail lines ("agle@jpl.nasa.gov / ...").
  /^(?:(?:news\s+)?(?:media|press)\s+)?contacts?$/i,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*\/\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*$/,
  // "By Sun Narin | VOA Khmer | July 29, 2018": a byline may carry the outlet and the date after bars.
  // "- by Admin": a reposting blog's byline, after a list's dash (trial 386 titled its bank with it).
  /^(?:[-–—•]\s*[Bb]y\s+[Aa]dmin(?:istrator)?$|(?:[Bb]y|[Ww]ritten by|[Ss]tory by|[Rr]eporting by)\s+\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3}(\s*[|·•]\s*[^|·•]{2,40}){0,3}$)/u,
  // Links of social networks in a row: "Facebook Twitter Reddit LinkedIn".
  /^((facebook|twitter|x|reddit|linkedin|email|whatsapp|pinterest|tumblr|print|share)[\s|·,]*){2,}$/i,
];

/**
 * A line that is a date and nothing else: "Saturday, September 12, 2015", "Jan. 13, 2017", "2015-09-12", and a
 * month alone ("December 2004": an archive's date of a story of that month; trial 44 took it for the headline).
 */
// "Science in Space: April 2024": a series' name and its month, under the headline (trial 213 took it for the title);
// "Earth planning date: Monday, April 29, 2024": a label that says it is a date, before a day (trial 269 took it for the
// title); not "Wikinews Shorts: June 8, 2007", a digest's headline.
// "28 September 2017 (1:22AM)": the hour may stand in brackets (trial 285 took the line for the title).
// "April 24th, 2017 by Kathryn Hansen": a blog's date line, the day an ordinal, its author after it (trial 289).
/**
 * A reposting site's line of where, which wire and when: "Greenbelt MD (SPX) Sep 19, 2025" (trial 337), or of whom and
 * when: "by NOAA Fisheries 16 Oct 2022 17:33 UTC" (trial 340). Both were taken for the title.
 */
const WIRE_DATE_LINE = new RegExp(
  // The place in capitalised words or a state's letters ("Greenbelt MD", "Cape Canaveral FL"), no headline's verb.
  String.raw`^(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4}\((?:SPX|AFP|AP|UPI|Reuters|IANS|PTI|ANI|Xinhua|dpa|Kyodo|Yonhap|TASS|Bernama|ESA|Sputnik|ANSA|EFE|Interfax|IRNA|Anadolu|KUNA|WAM|APP)\)\s+(${MONTH}\s+\d{1,2},?\s+\d{4})$`,
  'u',
);
const BYLINE_DATE_LINE = new RegExp(
  String.raw`^[Bb]y\s+(\p{Lu}[\p{L} .&'’-]{1,60}?),?\s+(\d{1,2}\s+${MONTH}\s+\d{4}|${MONTH}\s+\d{1,2},?\s+\d{4})(?:\s+\d{1,2}:\d{2}(?:\s+[A-Z]{2,4})?)?$`,
  'u',
);
/** The day, and the byline if any, of a reposting site's date line. */
function repostDate(line: string): { date: string; byline?: string } | undefined {
  const wire = WIRE_DATE_LINE.exec(line);
  if (wire) return { date: wire[1]! };
  const byDate = BYLINE_DATE_LINE.exec(line);
  return byDate ? { date: byDate[2]!, byline: byDate[1]! } : undefined;
}
const DATE_LINE = new RegExp(
  `${WIRE_DATE_LINE.source}|${BYLINE_DATE_LINE.source}|` +
    // "USGS Newsroom - Tue, 04/28/2015 - 09:00": a news feed's item line, its source, day and time.
    // "Wed, 03/12/2014 - 16:52" alone too (trial 344).
    String.raw`^(?:\p{Lu}[\p{L} ]{1,40}\s+-\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+\d{2}/\d{2}/\d{4}(?:\s+-\s+\d{1,2}:\d{2})?$|` +
    `^(?:(?:\\p{Lu}[\\p{L} ]{0,40}?\\s)?(?:date|published|posted|released|broadcast)\\s*:\\s+)?(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|(?:\\p{Lu}[\\p{L} ]{2,40}:\\s+)?${MONTH},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[\\s,]+\\(?\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?\\)?)?(?:\\s+by\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?(?:\\s+by)?(?:\\s*[·|]\\s*(?:leave a comment|\\d+\\s+comments?))?(?:\\s+[-–—])?\\s*$`,
  'iu',
);
/** A blog post's feed footer: "via IFTTT", "from Voice of America http://ift.tt/2uQI8Lr". */
const POST_FOOTER = /^(?:via IFTTT|from\s+\p{Lu}[\p{L} .&'’-]{1,60}?\s+https?:\/\/\S+)$/u;
/** A phone or fax line: "301-763-3030/3762 (fax)". */
const PHONE_LINE = /^[\d\s()./+-]{7,}(?:\((?:fax|tel|phone)\))?$/i;
/** A caption's credit in brackets at its end: "... species of the Americas. (Credit: Ann Froschauer, USFWS)". */
/** A picture's credit alone in brackets: "(AP Photo)", "(AP Photo/Jae C. Hong)", "(Reuters)", "(Photo: NASA)". */
const BARE_CREDIT_IN_BRACKETS =
  /^\(\s*(?:AP|AFP|Reuters|EPA|Getty Images|(?:AP|AFP|Reuters|EPA)\s+Photo(?:\s*\/\s*[^()]{2,60})?|(?:Photo|Image|Picture|Credit)s?\s*(?::|by\b)\s*[^()]{2,60})\s*\)\.?$/i;
const CREDIT_IN_BRACKETS =
  /^.{10,600}\(\s*(?:(?:photo|image|video|picture)\s+)?(?:credits?|courtesy)\s*:\s*[^()]{2,80}\)\.?$|^.{10,600}[.!?]\s*\(\s*(?:photo|image|picture)\s*(?::|by\b)\s*[^()]{2,80}\)\.?$/i;

/** A credit that follows a photo caption: "Image: NASA.", "Photo: AP/Jane Doe". */
// "Image data: NASA/JPL-Caltech/SwRI/MSSS", "Image processing: Kevin M. Gill CC BY 3.0" (trial 76's title was the latter).
const CREDIT = /^(?:image|photo|picture|credit|photo credit|video)s?(?:\s+(?:data|processing|credit|courtesy))?\s*:/i;
/**
 * A picture's credit as a body and its photographer, either way round: "Varda Space Industries/John Kraus" (trial 175),
 * "Kelly M. Grow/California Department of Water Resources" (trial 184).
 */
const BODY_SLASH_PERSON =
  /^\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}.&'’-]*)){0,6}\s?\/\s?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}.&'’-]*)){1,6}$/u;
/** A picture's credit that is only an agency's name, maybe with its partners after slashes: "NASA/JPL-Caltech/MSSS". */
const AGENCY_CREDIT =
  /^(?:NASA|ESA|JAXA|NOAA|USGS|JPL|AP|AFP|Reuters|Getty Images|EPA|Xinhua|AP Photo)(?:\/[\p{L}\p{N}.&'’ -]{1,40}){0,6}$/u;
/** A source citation as news sites list them: "Title" — Outlet, August 15, 2008. */
const CITATION = new RegExp(
  // An author list may open it (trial 35: seven authors, then the study's title).
  `^.{0,400}\\s[—–-]{1,2}\\s[^.]{2,80},\\s+(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2},?\\s+\\d{4}$`,
  'i',
);

/**
 * A sentence of a news site's credits: "Brian Padden and Victor Beattie reported on this story for VOANews.com.",
 * "Youmi Kim in Seoul also contributed to the report.", "Mario Ritter was the editor." (trial 18), "Sebastian Mhofu
 * contributed to this report from Harare." (trial 63).
 */
const CREDIT_SENTENCE =
  /^(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4}(?:(?:and|&)\s+(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4})?(?:in\s+\p{Lu}[\p{L}-]*\s+)?(?:also\s+)?(?:(?:wrote|reported(?:\s+on)?|adapted|edited|produced)\s+(?:(?:this|the)\s+(?:story|article|report)|it(?=\s+for\s))(?:\s+for\s+\p{Lu}.{0,60})?|contributed\s+to\s+(?:this|the)\s+(?:story|article|report)(?:\s+from\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?|(?:was|were)\s+the\s+editors?)\.?$/u;
/** "We want to hear from you. Write to us in the Comments section ...": the site's call to readers. */
// "Read, listen and learn English with this story. Double-click on any word to find the definition ...": VOA Learning
// English's note over a story (trial 333 drafted the main idea from it).
const CALL_TO_READERS =
  /^(?:we want to hear from you|write to us in the comments|read,? listen and learn English with this story|double-click on any word)\b/i;

/**
 * A photo caption without its credit, dated as news agencies date them: "Foreign journalists leave a venue in
 * Pyongyang, North Korea, May 8, 2016." (trial 18: it became the first paragraph and the main idea).
 */
// "... inside the Great Hall of the People in Beijing, Sept. 5, 2018." names one place only (trial 57).
const DATED_CAPTION = new RegExp(
  `^.{20,300}\\s+in\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s?){1,3},\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s?){1,3},\\s+)?${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\.?$`,
  'u',
);

/**
 * A dated caption with a sentence or two of context after it, as VOA sets them: "The entrance gate of Doraleh
 * Multi-Purpose Port is seen in Djibouti, July 4, 2018. East Africa's smallest country, Djibouti, is seeking ..."
 * (trial 70: two such captions made 3 facts and 2 people). A body sentence dates "on July 4", not "in X, July 4".
 */
function isDatedCaptionWithContext(line: string): boolean {
  if (/["\u201C\u201D]/.test(line)) return false;
  const parts = line.split(/(?<=\d{4}\.)\s+(?=\p{Lu})/u);
  if (parts.length < 2 || !DATED_CAPTION.test(parts[0]!)) return false;
  const rest = parts.slice(1).join(' ');
  return rest.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length <= 2;
}

/**
 * True when every sentence of a line is a credit: the story's sign-off, not its text ("Kane Farabaugh reported this
 * story for VOA. Mario Ritter, Jr. adapted it for VOA Learning English.": trial 145 kept the glossary below it).
 */
function isCreditLine(line: string): boolean {
  const parts = line.split(/(?<=\.)\s+(?=\p{Lu})/u);
  return parts.length > 0 && parts.every((p) => CREDIT_SENTENCE.test(p.trim()));
}

/** The heading of what closes a story: its sources, the page's categories, contacts, links. */
const TAIL_HEADING =
  /^(sources?|citations?\s*:?|categories\s*:.*|share this\s*:?|(?:news\s+)?(?:media|press)\s+contacts?|external\s+links?|references|see also|further reading|related (?:news|stories|articles)|you (?:may|might) also like|what to read next)$/i;

/** True when a line is page furniture by its shape alone, wherever it stands. */
export function isFurniture(line: string): boolean {
  // "(Download MP3, Mirror) From VOA Learning English, this is the Health & Lifestyle report.": a blog's links to the
  // audio run into the broadcast's opening (trial 365 drafted the main idea from it).
  const t = line.trim().replace(/^\((?:download|listen)\b[^()]{0,60}\)\s*(?=\S)/i, '');
  if (!t) return false;
  if (ALWAYS_JOINED.some((re) => re.test(t))) return true;
  if (
    t.length <= 600 &&
    (isCreditLine(t) || CALL_TO_READERS.test(t) || DATED_CAPTION.test(t) || isDatedCaptionWithContext(t))
  )
    return true;
  if (t.length <= 500 && CITATION.test(t)) return true;
  if (t.length <= 800 && sceneCaption(t)) return true;
  return t.length <= 120 && (SHORT_LINE.some((re) => re.test(t)) || PHONE_LINE.test(t) || positionCaption(t));
}

/**
 * "New Orleans, Louisiana in the aftermath of Hurricane Katrina showing Interstate 10 at West End Boulevard, looking
 * towards Lake Pontchartrain. The 17th Street Canal is just beyond the left edge of the image. ...": a picture's caption
 * opens on a place and what the picture shows, with no verb of its own, and says where in the image things are (trial
 * 367 drafted a reason "Hurricane Katrina showing Interstate 10" and a main idea's choice from it). "Satellite image of
 * the cyclone Nargis." (trial 364): a picture named, nothing told.
 */
function sceneCaption(t: string): boolean {
  const verb =
    /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|says?|said|\p{Ll}{3,}ed|\p{Ll}{2,}s)\b/u;
  // Lower-case words only: a place's name ("Louisiana", "Boulevard") is no verb.
  const verbIn = (text: string) =>
    // "held up a chart showing ...", "seen from across the bay, sent a column of smoke": a past of its own (the review
    // of s31 found eight story sentences left out).
    text.split(/[\s,;]+/).some((w) => IRREGULAR_PAST.has(w) && !/^(?:left|set|put|cut|hit|read|led|lay)$/.test(w)) ||
    /\b(?:set|put|cut|hit|led)\s+(?:off|up|out|down|in|on|its|his|her|their|the|a|an)\b/.test(text) ||
    /\b(?:lit|shook|swept|burst|spread|broke|tore|rang|dug|fed|felt|hung|laid|shone|spun|stuck|swung|woke|went viral)\b/.test(
      text,
    ) ||
    verb.test(
      text
        .replace(
          /\b(?:[Ii]n the aftermath of|after|during|towards|afterwards|always|news|its|his|this|thus|as|us|series|species|plus|less|across|perhaps|sometimes|whereas|besides)\b/g,
          '',
        )
        .replace(/\b\p{Lu}[\p{L}'’-]*/gu, ''),
    );
  const named =
    /^(?:(?:A|An|The)\s+)?(?:(?:satellite|aerial|file|archive|undated)\s+)?(?:image|photo|photograph|picture)\s+of\s+([^.!?]{3,120})\.?$/iu.exec(
      t,
    );
  if (named) return !verbIn(named[1]!);
  const first = /^([^.!?]{20,300}?)\.(?:\s|$)/u.exec(t)?.[1];
  const at = first?.search(/\s(?:showing|looking (?:towards?|north|south|east|west|across|down|up)|seen from)\s/) ?? -1;
  if (!first || at < 0) return false;
  // No verb in it but the picture's participles: a caption, not a sentence ("The video, showing police beating a man,
  // was shared widely" is one).
  return (
    !verbIn(first) && (/\b(?:of|in|from) the (?:image|photo|photograph|picture|frame)\b/.test(t) || words(first) <= 30)
  );
}

/**
 * "New Zealand’s Black Beauty car in the middle.": a picture's caption says where in it a thing stands, with no verb
 * (trial 303 took it for the story's first sentence, and its main idea).
 */
function positionCaption(t: string): boolean {
  const m =
    /^\p{Lu}.{2,80}?\s(?:in the (?:middle|centre|center|foreground|background)|on the (?:left|right)|at (?:left|right|center|centre)|\((?:left|right|center|centre)\))\.?$/u.exec(
      t,
    );
  // Whose thing it is ("New Zealand’s ... car"), in a few words: "Britain drives on the left." and "Polls show a growing
  // split on the left." are the story's (the review's counterexamples).
  // Or a bare few words: "Winning float in the middle."
  if (!m || words(t) > 10 || (!/^(?:\S+\s+){0,3}\S+['’]s\s/u.test(t) && words(t) > 6)) return false;
  const lower = t.split(/[\s,;:()]+/).filter((w) => /^\p{Ll}/u.test(w));
  return !lower.some((w) =>
    /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|did|sat|sits|stands|stood|lies|lay|put|set|came|comes|keeps?|shows?|drives?|\p{Ll}+ed)$/u.test(
      w,
    ),
  );
}

const words = (l: string) => l.split(/\s+/).filter(Boolean).length;
/** Most words of four letters or more capitalised: "Biden-Harris Administration Issues Final Rule ...". */
function titleCase(l: string): boolean {
  const long = l.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.7;
}
/** A line that is only a person's name: "Salem Solomon", "Jane Q. Public". */
const PERSON_NAME_LINE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;
/** A line that reads as a paragraph of the article: a sentence of some length. */
function isParagraph(l: string): boolean {
  const n = words(l);
  // "Can Bees, Dogs Identify Cancer Earlier Than Machines?": a headline that asks, in Title Case, is no paragraph
  // (trial 141 took it for the story's first one, and the menu's "Health & Lifestyle" for the title).
  if (n < 15 && /[?!]["'\u201D\u2019]*$/.test(l) && titleCase(l)) return false;
  return (n >= 8 && /[.!?…]["'\u201D\u2019)]*$/.test(l)) || n >= 25;
}
/**
 * "Today is Juneteenth in the United States.": a story may open on a sentence of a few words, a statement with its
 * verb, where a caption names what a picture shows (trial 137 lost its first sentence).
 */
function isShortStatement(l: string): boolean {
  const n = words(l);
  return (
    n >= 4 &&
    n < 8 &&
    /^\p{Lu}/u.test(l) &&
    /[.!?]["'\u201D\u2019]*$/.test(l) &&
    /\b(?:is|are|was|were|has|have|had)\b/.test(l) &&
    !/\b(?:seen|pictured|shown|photographed|depicted)\b/i.test(l) &&
    // "A girl is rescued from rubble.": a caption's present passive.
    !/\b(?:is|are)\s+\p{Ll}+(?:ed|en)\b/u.test(l) &&
    !isFurniture(l)
  );
}
/**
 * A news site's section, as its label over a story reads: "Federal Politics", "World News", "Science & Health". Not a
 * short headline ("Bridge collapse", "Storm Ciarán"), which a photo's caption may follow.
 */
const SECTION_LABEL =
  /^(?:[\p{Lu}][\p{L}]+\s+(?:&\s+|and\s+)?)?(?:Politics|World|News|Business|Economy|Sports?|Science|Health|Technology|Tech|Entertainment|Culture|Arts|Opinion|Local|National|International|Environment|Education|Lifestyle|Travel|Weather|Crime|Justice|Asia|Europe|Africa|Americas|Australia|Middle East)$/u;
/** Words of a caption that says what a picture shows. */
const PICTURE_WORDS =
  /\b(?:photo|photograph|image|picture|portrait|illustration|concept|depicts|depicted|shown|seen here|pictured|captured|view|annotated|mosaic|rendering|snapshot)\b/i;
/** A line that could be a headline: a few words, not a sentence, not a date, not furniture. */
function isHeadline(l: string): boolean {
  const n = words(l);
  return (
    n >= 2 &&
    n <= 30 &&
    l.length <= 300 &&
    !/[.]$/.test(l) &&
    !isFurniture(l) &&
    !DATE_LINE.test(l) &&
    !/^https?:\/\//.test(l) &&
    // "+ Translations", "› Voices": a menu's item (trial 22 took one as the headline).
    !/^[+›»>•·|]/.test(l) &&
    // "NAIROBI --": a wire copy's date line alone on its line, over the story's first paragraph (trial 425 took it for
    // the title).
    !/^\p{Lu}[\p{Lu} .,'’-]{1,40}?\s*(?:--|—|–)$/u.test(l.trim()) &&
    // "ロンドン大学夏季英語音声学コース (SCEP)": a repost site's own line in another script over an English story (trial 397
    // took it for the title).
    latinLetters(l)
  );
}

/** Most of a line's letters are Latin ones, as an English headline's are. */
function latinLetters(l: string): boolean {
  const letters = l.match(/\p{L}/gu)?.length ?? 0;
  return (l.match(/\p{Script=Latin}/gu)?.length ?? 0) * 2 > letters;
}

/** "The current flag of New Zealand.": a short line with no verb, a photo's caption left in the text. */
function isBareCaption(l: string): boolean {
  const n = words(l);
  return (
    n >= 2 &&
    n <= 8 &&
    /^(?:The|A|An)\s/.test(l) &&
    /\.$/.test(l) &&
    !/\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|\w+ed)\b/i.test(l) &&
    !pastAfterSubject(l)
  );
}
const LEDE_WORDS = new RegExp(
  `\\b(?:said|says|told|announced|${WEEKDAY}|yesterday|today|tonight|this (?:week|month|year|summer|winter|spring|fall|autumn|morning|afternoon|evening|weekend)|last (?:week|month|year|night|weekend))\\b`,
);
/**
 * Whether `next` tells again what `first` says, four words of five letters or more alike: a lede under its headline
 * ("Mayor Tom Greer resigns after a state audit finds ... missing ..." over "Springfield Mayor Tom Greer resigned on
 * Monday, two days after a state audit found ..."; the review of s29), not the next paragraph under a lede.
 */
function retold(first: string, next: string): boolean {
  const content = (t: string) => new Set(t.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
  const inNext = content(next);
  return [...content(first)].filter((w) => inNext.has(w)).length >= 4;
}

/** "Cretaceous snake fossil.": three to six words and a full stop, no verb: what a picture shows, not a sentence. */
function isLoneCaption(l: string): boolean {
  const n = words(l);
  return (
    n >= 3 &&
    n <= 6 &&
    /^\p{Lu}[^.!?]*\.$/u.test(l) &&
    // "Police arrest three men.": a plural subject's present has no mark to find.
    !/^(?:No|Not|Never|Yes|So|Then|Now|Still|Thanks|Thank|All|Some|Most|Many|None|Both|Each|Half|Several|Few|Only|Two|Three|Four|Five|Police|Officials|People|Residents|Witnesses|Scientists|Researchers|Doctors|Experts|Workers|Students|Voters|They|We|I|You|It|He|She)\b/.test(
      l,
    ) &&
    !/\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|said|says|do|does|did|\p{Ll}+ed|\p{Ll}+s)\b/u.test(
      l.replace(/^\S+\s*/, ''),
    ) &&
    // "Ann Mills spoke on Monday.": a past of its own, or a name's second word, makes it a sentence.
    !/\b(?:them|they|it|he|she|we|us|him|her|their|its)\b/i.test(l) &&
    !l
      .replace(/\.$/, '')
      .split(/\s+/)
      .slice(1)
      .some((w) => IRREGULAR_PAST.has(w.toLowerCase()) || /^\p{Lu}/u.test(w)) &&
    !pastAfterSubject(l)
  );
}
/**
 * "The mission cost $2.3 billion.": an irregular past after the subject's noun, with its object after it, is a
 * sentence's verb (the old and new builds both left that sentence out as a caption). "The crane that fell." ends on it.
 */
function pastAfterSubject(l: string): boolean {
  const w = l.replace(/\.$/, '').split(/\s+/);
  // Its object next, a figure or a noun phrase: "The car hit by the train", "The film set in Atlanta" are captions'
  // participles (the review of s27).
  return w.some(
    (x, i) =>
      i >= 2 &&
      i < w.length - 1 &&
      IRREGULAR_PAST.has(x.toLowerCase()) &&
      /^(?:[$€£¥]?\d|the$|a$|an$|his$|her$|its$|their$|our$|more$|about$|nearly$|almost$)/i.test(w[i + 1]!),
  );
}

export interface Layout {
  /** The headline, without Markdown marks. */
  title: string;
  /** Index of the headline among the text's lines; -1 when none was found (then the first line is used). */
  titleLine: number;
  /** Furniture lines, trimmed and without repeats, in reading order. */
  furniture: string[];
  /** Metadata read from furniture lines: kept apart, never facts. */
  date?: string;
  byline?: string;
  /** Stories on the page, each under its own heading and with its own sources: more than one on a digest. */
  stories: number;
  /**
   * No line above the story read as its headline: the title is the site's banner ("An official website of the United
   * States government"), or else the story's first paragraph.
   */
  noHeadline?: 'banner' | 'lede' | 'date';
}

/**
 * A broadcast's hand-off ending a teaser: "... VOA’s Jim Randle reports.", "... VOA’s Carolyn Presutti has more." (the
 * outlet's name before the reporter's; a story's own "..., Bloomberg News reports." is no hand-off).
 */
const TEASER_HANDOFF =
  /[.!?]["”’]?\s+\p{Lu}[\p{L}&]*['’]s\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:reports|has more|has the story)(?:\s+from\s+[^.!?]{2,40})?\.$/u;

/** Reads where the headline, the furniture and the article's paragraphs are in a pasted page. */
export function readLayout(text: string): Layout {
  const wrapped = unwrapLines(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => l.trim()),
  );
  const lines = wrapped.lines.map((l) => l.slice(0, 1000));
  // A furniture line joined from a wrapped paste is left out as the paste's own lines, which the article's reader
  // takes one by one.
  const rawOf = new Map(wrapped.parts.map((p, i) => [lines[i]!, p] as const));
  const md = (l: string) => l.replace(/^#{1,6}\s+/, '');
  const out: string[] = [];
  const add = (l: string) => {
    if (l && !out.includes(l)) out.push(l);
  };
  // Photo captions: the line right before a credit ("Image: NASA."), and the credit itself.
  const caption = new Set<number>();
  lines.forEach((l, i) => {
    // "NASA", "NASA/JPL-Caltech/MSSS" alone under a caption in a paste of one line per paragraph (trials 147, 151).
    // "This mosaic is made up of ..." / "" / "NASA/USGS": a blank line may stand between, as a copy of nasa.gov's page
    // has it (trial 212's caption became paragraph 1 and the main idea), when the line above opens as a picture's
    // caption does.
    const pictureAbove =
      i > 1 &&
      !lines[i - 1] &&
      !lines[i + 1] &&
      /^(?:This|The|A|An|In this)\s+(?:[\p{L}’'-]+\s+){0,3}(?:image|mosaic|photo|photograph|picture|illustration|view|map|rendering|animation|composite|visualization|concept)s?\b/iu.test(
        lines[i - 2] ?? '',
      );
    const agency = i > 0 && (!!lines[i - 1] || pictureAbove) && AGENCY_CREDIT.test(l);
    // One side names a body ("Industries", "Department", "NASA"): "Israel/Gaza Regional Tensions", a sub-heading, and
    // "Maria Lopez/Staff Writer", a byline, are no credits (the review's counterexamples).
    const bodySlashPerson =
      BODY_SLASH_PERSON.test(l) &&
      /\b(?:Industries|Department|Agency|Administration|Space|NASA|ESA|NOAA|University|Resources|Images|Photos?|News|Inc|Corp|Company|Laboratory|Lab|Center|Centre|Office|Service|Institute|Museum|Press|Observatory|Foundation|Survey|Navy|Army|Force)\b/.test(
        l,
      );
    // "Mexican free-tailed bat" / "Mexican free-tailed bats are an abundant ... species of the Americas. (Credit: Ann
    // Froschauer, USFWS)": a caption that ends on its credit in brackets, and the picture's short name just above it
    // (trial 302 drafted a person and a main idea's summary from them).
    // "Gardening is a popular outdoor activity ..." / "(AP Photo)": a credit in brackets on a line of its own, and the
    // caption right above it (trial 346 kept both as story; the caption became a main idea's wrong summary).
    // The line above only when it speaks of a picture: a story's paragraph may stand right above a closing "(AFP)" or
    // "(Photo: City Museum)" (the second review of s29).
    if (BARE_CREDIT_IN_BRACKETS.test(l)) {
      caption.add(i);
      const above = lines[i - 1];
      if (above && words(above) <= 40 && PICTURE_WORDS.test(above)) caption.add(i - 1);
      return;
    }
    if (CREDIT_IN_BRACKETS.test(l)) {
      caption.add(i);
      const above = lines[i - 1];
      if (above && words(above) <= 6 && !/[.!?:;,"“”]$/.test(above)) caption.add(i - 1);
      return;
    }
    if (!CREDIT.test(l) && !bodySlashPerson && !agency) return;
    let j = i - 1;
    while (j >= 0 && !lines[j]) j--;
    // Only the one line above a body's and a photographer's names (a blank line may stand between, as nasa.gov's copy
    // has it; trial 184), and not a contact list's heading: "Media Contacts" / "Faith McKie / Karen Fox" names people to
    // call, and the story's last paragraphs stand above it. (Such a credit has no colon, so it is never a CREDIT.)
    if (bodySlashPerson) {
      if (j >= i - 2 && j >= 0 && !/\bcontacts?\b/i.test(lines[j]!) && words(lines[j]!) >= 6) caption.add(i).add(j);
      return;
    }
    caption.add(i);
    // Only the one line above an agency's bare name: a story's paragraph may end just above a credit whose caption
    // the paste lost, and the headline's line above "NASA" is the title.
    if (agency) {
      // A nickname in quotation marks ("Robert L. “Hoot” Gibson") is no one's speech.
      // Only a line that speaks of a picture ("in this iconic photo", "This artist’s concept depicts", "an informal
      // portrait"): a story's last paragraph above a closing "AFP" is the story's (the review's counterexample).
      if (
        j > 0 &&
        words(lines[j]!) <= 80 &&
        !/["“](?:[^"“”\s]+\s+){2,}[^"“”]*["”]/.test(lines[j]!) &&
        PICTURE_WORDS.test(lines[j]!)
      )
        caption.add(j);
      return;
    }
    // The caption may stand a blank line above its credit, as nasa.gov's copy does (trial 21).
    // Not a story's paragraph of three sentences or more a blank line above it ("200+ members of Anonymous gathered in
    // Atlanta. While riot police ... He was later released without charges." over "Image: Tim Dorr."; trial 430 lost it).
    if (
      j >= 0 &&
      (i - j === 1 ||
        (i - j === 2 && lines[j]!.length <= 400 && !/["“”]/.test(lines[j]!) && splitSentences(lines[j]!).length < 3))
    )
      caption.add(j);
    // A caption of several lines, all in the credit's block: "66.4% (represented in green) citizens voted ..." /
    // "Turnout: 64.1%" / "Image: acagastya." (trial 58 kept the first line as a paragraph).
    // Not the story's own paragraph of two sentences or more, which a paste with one line per paragraph sets just
    // above a picture ("On Friday, Japan's parliament ... passed a law ... The law gives Akihito three years ...";
    // trial 130 lost its lede).
    // "File photo of a common stingray." / "Image: Liné1.": a caption that says it is one is all of it; the line
    // above, the story's lede of one sentence, stays (trial 140 lost it).
    // "Map showing Khost province (in red) in eastern Afghanistan." / "Image: Wikimedia Commons.": so too a map's or a
    // chart's; the two one-sentence paragraphs of the lede above it stay (trial 172 lost them).
    // "Stephen Fry in 2008." / "Image: ...": a caption line that ends its sentence is all of it too; the story's paragraph
    // above stays (trial 189 lost "The International Olympics Committee stated last week ..."). A caption of several
    // lines ends on a line with no full stop ("Turnout: 64.1%").
    if (
      i - j === 1 &&
      !/[.!?]["”’']?$/.test(lines[j]!) &&
      !/^(?:File (?:photo|image|picture)|Photo|Picture|Image|Map|Chart|Graph|Diagram|Illustration|FILE\s*[-–])\b/i.test(
        lines[j]!,
      )
    )
      for (
        let k = j - 1;
        // Nor a line of more than 25 words: a story's paragraph of one long sentence, not a caption's line.
        k >= 0 &&
        k >= j - 3 &&
        lines[k] &&
        lines[k]!.length <= 400 &&
        words(lines[k]!) <= 25 &&
        !/[.!?]["”’']?\s+["“]?\p{Lu}/u.test(lines[k]!);
        k--
      )
        caption.add(k);
  });
  // nasa.gov's picture block, set apart by blank lines: a short title, the caption, then a bare credit ("Etna
  // Eruption" / "Crew aboard the International Space Station photographed ..." / "NASA"; trial 55 drafted two facts
  // from one).
  // "U.S. Department of Agriculture/Justin Pius": a body's name may hold "of" or "and" (trial 99's caption became the title).
  const bareCredit = /^(?:\p{Lu}[\p{L}.&'’-]*(?:[\s/-]+(?:(?:of|and|for|the)\s+)?\p{Lu}[\p{L}.&'’-]*){0,5})$/u;
  lines.forEach((l, i) => {
    const [first, text, credit, after] = [l, lines[i + 1], lines[i + 2], lines[i + 3]];
    if ((i > 0 && lines[i - 1]) || !text || !credit || after) return;
    if (!bareCredit.test(credit) || credit.split(/\s+/).length > 6 || !isParagraph(md(text))) return;
    // A longer title is the caption's own opening words ("This illustration shows charged particles from Jupiter
    // impacting Europa's surface" over the caption that starts so; trial 76).
    const long = first.split(/\s+/).length > 8 && !text.startsWith(first);
    const title = !/[.!?:"“”]$/.test(first) && !long && /^\p{Lu}/u.test(first);
    // Or the picture's description above its caption ("A large white balloon floats into a clear blue sky ..." /
    // "The GUSTO mission successfully launched ..." / "NASA/Scott Battaion"), when a credit naming its maker after a
    // slash closes the block (trial 91's description became the main idea).
    const description = /\//.test(credit) && words(first) >= 6;
    if (title || description) for (const k of [i, i + 1, i + 2]) caption.add(k);
  });
  // A gallery: under its heading, captions and their credits down to the last credit ("Gallery" / "Ciudad Parque
  // Bicentenario, ... during its construction." / "Image: Chris navi." / "Postcard released by the Chilean Government
  // in 1910." / ... / "Image: Memoria Chilena."; trial 159 drafted a dated event and four people from its captions).
  lines.forEach((l, i) => {
    if (!/^(?:(?:photo|image|picture|video)\s+)?gallery$|^(?:more\s+)?(?:photos|images|pictures)$/i.test(l.trim()))
      return;
    let k = i + 1;
    while (k < lines.length && !lines[k]) k++;
    let lastCredit = -1;
    // A paragraph of two sentences or more is the story's, not a caption: the gallery ends before it (the review's
    // counterexample, a paste of one line per paragraph).
    for (let m = k; m < lines.length && lines[m]; m++) {
      if (CREDIT.test(lines[m]!)) lastCredit = m;
      else if (/[.!?]["”’']?\s+["“]?\p{Lu}/u.test(lines[m]!)) break;
    }
    if (lastCredit < 0) return;
    caption.add(i);
    for (let m = k; m <= lastCredit; m++) caption.add(m);
  });
  // A picture's alt text right above its caption, which ends on its credit ("Steve Stich is the manager of NASA's
  // Commercial Crew Program." / "Steve Stich, now manager of ..., monitors the countdown ... Photo credit: NASA/Joel
  // Kowsky"; trial 414's main idea was the alt text): a short line alone above the caption's line, a blank line or the
  // headline above it.
  lines.forEach((l, i) => {
    if (i < 2 || !/\b(?:Photo|Image|Picture)\s+(?:credit|courtesy)\s*:\s*\S[^.]{0,80}$/i.test(l) || words(l) < 12)
      return;
    const above = lines[i - 1];
    if (above && words(above) <= 20 && !lines[i - 2] && !/["“”]/.test(above)) caption.add(i - 1).add(i);
  });
  // A company's name alone under a line that says it shows a picture ("This artist concept shows a ... jet engine
  // ..." / "GE Aerospace"; trial 161's caption became paragraph 1 and the main idea). Only under such an opening: a
  // paragraph above a sub-heading stays the story's.
  lines.forEach((l, i) => {
    // The caption may stand a blank line above its credit.
    const j = i >= 2 && !lines[i - 1] ? i - 2 : i - 1;
    const text = lines[j];
    if (!text || !bareCredit.test(l) || words(l) > 4) return;
    if (
      !/^(?:This|The|An?|In this)\s+(?:\p{L}+['’]s\s+|artist\s+)?(?:concept|illustration|image|photo|photograph|picture|rendering)s?\b(?:\s+\p{L}+){0,6}?\s+(?:shows|show|depicts|depict|illustrates|captures|reveals|highlights)\b/iu.test(
        text,
      )
    )
      return;
    caption.add(j);
    caption.add(i);
  });
  // A caption block of two lines, the second a credit naming its makers across slashes ("A thrust fault scarp cut
  // across ..." / "NASA/LRO/LROC/ASU/Smithsonian Institution"; trial 103 drafted two facts from captions).
  lines.forEach((l, i) => {
    const text = lines[i - 1];
    if (!/\//.test(l) || !bareCredit.test(l) || words(l) > 6 || !text || lines[i + 1] || (i >= 2 && lines[i - 2]))
      return;
    caption.add(i - 1);
    caption.add(i);
  });
  // In a paste with no blank lines, the same block between paragraphs: a caption that reads as one ("Roscosmos
  // cosmonaut Konstantin Borisov, left, ... are seen inside the SpaceX Dragon ...") over a credit across a slash
  // ("NASA/Joel Kowsky"; trial 127's caption became paragraph 1 and the main idea).
  lines.forEach((l, i) => {
    const text = lines[i - 1];
    if (!/\//.test(l) || !bareCredit.test(l) || words(l) > 4 || !text || lines[i + 1] === '') return;
    if (!/,\s(?:left|right|center|centre|top|bottom)\b|\b(?:is|are) seen\b|\bpictured\b|\bpose[sd]?\b/i.test(text))
      return;
    caption.add(i - 1);
    caption.add(i);
  });
  // The video's caption and credit, the block after a player's notice ("To view this video ..." / "" / "Growing
  // plants emit ..." / "NASA’s Scientific Visualization Studio"; trial 99 kept both as paragraphs).
  lines.forEach((l, i) => {
    if (!VIDEO_NOTICE.test(l) || lines[i + 1]) return;
    const [text, credit, after] = [lines[i + 2], lines[i + 3], lines[i + 4]];
    if (text && credit && !after && bareCredit.test(credit) && words(credit) <= 6) {
      caption.add(i + 2);
      caption.add(i + 3);
    }
  });
  // A football match's box under a report: the fixture, the score, scorers by the minute, line-ups and officials, one
  // per line ("Republic of Ireland v Sweden" / "June 13, 2016" / "Republic of Ireland 1–1 Sweden" / "Wes Hoolahan 48'" /
  // "Referee: Milorad Mažić, Serbia"; trials 208 and 221 drafted people and a statement from them, and printed them as
  // headings). A block of lines two of which have such a mark, and none of them a paragraph, is the box's.
  // The box's labels, which may also stand alone between blank lines.
  const MATCH_LABEL = /^(?:Substitutes|Formations|Officials|Line-?ups?|denotes (?:one|a) goal\b.*)$/;
  const MATCH_LINE =
    /(?:\b\d{1,3}['’](?:\s*\+\s*\d?)?(?:\s*\((?:o\.g\.|pen\.?)\))?$|^\d{1,3}['’]\s+\p{Lu}|\((?:GK|C|HT|o\.g\.)\)|^(?:Referee|Attendance|Assistant referees?|Fourth official)\s*:|^\p{Lu}[\p{L} .'’-]{1,40} \d{1,2}\s*[–-]\s*\d{1,2} \p{Lu}[\p{L} .'’-]{1,40}$|^\p{Lu}[\p{L} .'’-]{1,40} v\.? \p{Lu}[\p{L} .'’-]{1,40}$|^\d{1,2}\s*[–-]\s*\d{1,2} \(HT\)$)/u;
  const inMatchBox = (l: string) => MATCH_LINE.test(l) || MATCH_LABEL.test(l);
  for (let i = 0; i < lines.length;) {
    if (!lines[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]) end++;
    const block = lines.slice(i, end);
    if (
      block.filter(inMatchBox).length >= 2 &&
      !block.some((l) => isParagraph(md(l)) && !inMatchBox(l) && /[.!?]\s+\p{Lu}/u.test(l))
    ) {
      for (let k = i; k < end; k++) caption.add(k);
      // The box's own headings just above it ("Formations", "Substitutes"), each alone between blank lines.
      for (let k = i - 2; k >= 0 && !lines[k + 1] && lines[k] && inMatchBox(lines[k]!); k -= 2) caption.add(k);
    } else if (
      block.length === 1 &&
      (MATCH_LABEL.test(block[0]!) || /^(?:Right wing|Left wing|Right Center Left)$/.test(block[0]!))
    ) {
      caption.add(i);
    }
    i = end;
  }
  // A digest's contents box: "Contents" over its stories' numbered headings ("1 Study shows that ...", "2 EU abolishes
  // ..."; trial 204 kept the five lines as one heading, printed over the first story).
  lines.forEach((l, i) => {
    if (!/^(?:contents|table of contents)$/i.test(l) || !/^\d{1,2}(?:\.\d{1,2})*\s+\S/.test(lines[i + 1] ?? '')) return;
    caption.add(i);
    for (let k = i + 1; k < lines.length && /^\d{1,2}(?:\.\d{1,2})*\s+\S/.test(lines[k]!); k++) caption.add(k);
  });
  // A caption the page prints twice or more, word for word ("Students learn Mandarin at Everest College in Luwero
  // district, Uganda." three times; trials 57 and 67): a sentence of the story is written once. Not words in
  // quotation marks, which a pull quote repeats.
  const times = new Map<string, number>();
  for (const l of lines) if (l) times.set(l, (times.get(l) ?? 0) + 1);
  lines.forEach((l, i) => {
    if ((times.get(l) ?? 0) >= 2 && l.length <= 300 && words(l) >= 6 && /[.]$/.test(l) && !/^["“‘']/.test(l))
      caption.add(i);
    // "A lone hiker in the Delong Mountains ..., August 2014." over the same words and their credit "(Western Arctic
    // National Parklands/NPS)": the alt text over its caption (trial 418 drafted a statement from the first).
    const next = lines[i + 1];
    if (
      l &&
      next &&
      words(l) >= 5 &&
      next.startsWith(l) &&
      /^\s*\([^()]{2,80}\)\s*$/.test(next.slice(l.length)) &&
      !/^["“‘']/.test(l)
    ) {
      caption.add(i);
      caption.add(i + 1);
    }
    // The same lines one after the other, a caption over its copy (nasa.gov prints the alt text and the caption),
    // however long, with the credit after them ("NASA/OB.DAAC" is on no list; trial 86's first caption became the
    // main idea).
    // "Typhoon Haiyan, Nov. 7, 2013" twice over the paragraph it stands on, no blank line between: a dated caption of
    // fewer words (trial 377 lost the spokesman's sentence under it).
    if (
      l &&
      lines[i + 1] === l &&
      (words(l) >= 6 || /,\s+\p{Lu}[\p{L}.]*\s+\d{1,2},\s+(?:19|20)\d\d\.?$/u.test(l)) &&
      !/^["“‘']/.test(l)
    ) {
      caption.add(i);
      caption.add(i + 1);
      const credit = lines[i + 2];
      if (credit && words(credit) <= 6 && !/[.!?:]$/.test(credit) && !lines[i + 3]) caption.add(i + 2);
      // The caption's shorter copy a line or a blank line after, its first eight words the same ("The first half of 2012
      // saw 35,700 cases of malaria and 28 deaths, according to government statistics."; trial 413 took it for the lede).
      const opening = l.split(/\s+/).slice(0, 8).join(' ');
      const next = lines[i + 2] ? i + 2 : lines[i + 3] ? i + 3 : -1;
      if (
        words(l) >= 8 &&
        next > 0 &&
        lines[next] !== l &&
        lines[next]!.startsWith(opening) &&
        lines[next]!.length < l.length
      )
        caption.add(next);
    }
  });
  // A blog's page of several posts, each ending in its feed's footer ("from Voice of America http://ift.tt/2uQI8Lr",
  // "via IFTTT"): the story is the post of most words, and the others are the page's (trial 328 took the post above the
  // story for its title, its main idea and three people).
  const footer = lines.map((l) => POST_FOOTER.test(l.trim()));
  if (footer.some(Boolean)) {
    const posts: { from: number; to: number; size: number }[] = [];
    let from = 0;
    for (let i = 0; i <= lines.length; i++) {
      if (i < lines.length && !footer[i]) continue;
      const size = lines.slice(from, i).reduce((n, l) => n + (isParagraph(md(l)) ? words(l) : 0), 0);
      if (i > from) posts.push({ from, to: i, size });
      from = i + 1;
    }
    const story = posts.reduce((a, b) => (b.size > a.size ? b : a), posts[0]!);
    lines.forEach((l, i) => {
      if (footer[i] || ((i < story.from || i >= story.to) && (isParagraph(md(l)) || isHeadline(md(l))))) caption.add(i);
    });
  }
  let firstPara = lines.findIndex((l, i) => !caption.has(i) && !isFurniture(l) && isParagraph(md(l)));
  // A video's teaser over the story: its first words again, then the hand-off to the reporter ("Many economists say
  // ... VOA’s Jim Randle reports."; trial 359 drafted the main idea from it).
  if (firstPara >= 0 && TEASER_HANDOFF.test(lines[firstPara]!)) {
    const next = lines.findIndex((l, i) => i > firstPara && !!l && !caption.has(i) && !isFurniture(l));
    const opening = (l: string) => l.split(/\s+/).slice(0, 6).join(' ').toLowerCase();
    if (next > 0 && isParagraph(md(lines[next]!)) && opening(lines[next]!) === opening(lines[firstPara]!)) {
      caption.add(firstPara);
      firstPara = next;
    }
  }
  // "EVERGLADES NATIONAL PARK, Fla.— The largest ...": a release's lede opens on its dateline, and a paragraph or two
  // above it with none is the page's ("First State Geology has been the newsletter of DGS ...", a "Summary:" line; trial
  // 330 took the newsletter's box for the headline and its line for the lede).
  /** The page's lines above `until`: two paragraphs at most, and a headline standing between them and it. */
  const onlyPageAbove = (until: number) =>
    lines.slice(firstPara, until).filter((l) => isParagraph(md(l))).length <= 2 &&
    lines.some((l, i) => i > firstPara && i < until && isHeadline(md(l)) && !isParagraph(md(l)) && words(l) >= 4);
  /** The story starts at `start`; the paragraphs above it are the page's. */
  const startAt = (start: number) => {
    for (let i = firstPara; i < start; i++) if (lines[i] && isParagraph(md(lines[i]!))) caption.add(i);
    firstPara = start;
  };
  const datelined = lines.findIndex(
    (l, i) => i > firstPara && firstPara >= 0 && !caption.has(i) && DATELINE.test(l) && isParagraph(md(l)),
  );
  // Only past a headline between them: a story's own first paragraph may stand above a dateline (the review of s27).
  if (datelined > 0 && !DATELINE.test(lines[firstPara]!) && onlyPageAbove(datelined)) startAt(datelined);
  // A feed's page: a newsletter's box above, then the story's headline and its date line "Wed, 03/12/2014 - 16:52"
  // (trial 344 took the newsletter's "First State Geology has been the newsletter of DGS ..." for the lede). The story
  // starts at the first paragraph past the date line.
  const lateDate = lines.findIndex((l, i) => firstPara >= 0 && i > firstPara && DATE_LINE.test(l.trim()));
  const afterDate =
    lateDate > 0
      ? lines.findIndex((l, i) => i > lateDate && !caption.has(i) && !isFurniture(l) && isParagraph(md(l)))
      : -1;
  if (afterDate > 0 && onlyPageAbove(lateDate) && lines.slice(afterDate).filter((l) => isParagraph(md(l))).length >= 3)
    startAt(afterDate);
  // "Peer-Reviewed Publication" / "U.S. Geological Survey": the institution that sent a release, under its label.
  const peerReviewed = lines.findIndex(
    (l, i) => (firstPara < 0 || i < firstPara) && /^peer-reviewed publication$/i.test(l),
  );
  const sender = peerReviewed >= 0 ? lines.findIndex((l, i) => i > peerReviewed && !!l) : -1;
  if (sender > 0 && (firstPara < 0 || sender < firstPara) && words(lines[sender]!) <= 8) caption.add(sender);
  let titleLine = -1;
  let date: string | undefined;
  let byline: string | undefined;
  // A Markdown "# Title" is the headline wherever it is; else the last headline-like line above the first paragraph.
  const hash = lines.findIndex((l) => /^#\s+\S/.test(l));
  // A dateline sits just below its headline: take the headline-like line above the first one, past furniture.
  const dateLine = lines.findIndex((l, i) => (firstPara < 0 || i < firstPara) && DATE_LINE.test(l));
  // "An actor playing Juan Valdez at the National Coffee Park in Montenegro, Colombia.": a photo's caption between the
  // date line and the lede, a noun phrase with no verb of its own (trial 236 drafted the main idea from it).
  if (dateLine >= 0 && firstPara > dateLine && verbless(lines[firstPara]!)) {
    const next = lines.findIndex((m, k) => k > firstPara && !!m && !isFurniture(m));
    if (next > 0 && isParagraph(md(lines[next]!))) {
      caption.add(firstPara);
      firstPara = next;
    }
  }
  let aboveDate = -1;
  let bareByline: number | undefined;
  for (let i = dateLine - 1; dateLine > 0 && i >= 0; i--) {
    if (!lines[i] || isFurniture(lines[i]!)) continue;
    // "China Offers Debt Relief, ..." / "Salem Solomon" / "September 06, 2018": VOA's byline is a bare name between
    // the headline and the date (trial 57 took the name for the headline).
    if (bareByline === undefined && PERSON_NAME_LINE.test(lines[i]!)) {
      bareByline = i;
      continue;
    }
    if (!caption.has(i) && isHeadline(md(lines[i]!)) && (bareByline === undefined || words(lines[i]!) >= 4))
      aboveDate = i;
    else if (bareByline !== undefined && isHeadline(md(lines[bareByline]!))) aboveDate = bareByline;
    break;
  }
  if (bareByline !== undefined && aboveDate !== bareByline) caption.add(bareByline);
  // A dek in sentence case between a Title Case headline and the date ("EPA announces new final regulations and
  // $2.6 Billion ..." under "... Issues Final Rule Requiring Replacement of Lead Pipes ..."): the headline is the
  // upper line (trial 59 took the dek).
  if (aboveDate > 0 && !titleCase(lines[aboveDate]!)) {
    let k = aboveDate - 1;
    while (k >= 0 && !lines[k]) k--;
    if (
      k >= 0 &&
      !isFurniture(lines[k]!) &&
      isHeadline(md(lines[k]!)) &&
      titleCase(lines[k]!) &&
      words(lines[k]!) >= 5
    ) {
      caption.add(aboveDate);
      aboveDate = k;
    }
  }
  // nasa.gov's release page: menu, the mission's name, "News Release", the date, then a "Contents" box, and only then
  // the headline over the first paragraph (trial 131 took the menu's "Mars 2020: Perseverance Rover" for the title).
  const contentsAt = lines.findIndex(
    (l, i) =>
      i > aboveDate &&
      (firstPara < 0 || i < firstPara) &&
      /^(?:contents|table of contents|on this page|in this (?:article|story))$/i.test(l.trim()),
  );
  if (aboveDate >= 0 && contentsAt > aboveDate && firstPara > contentsAt) {
    for (let i = firstPara - 1; i > contentsAt; i--)
      if (lines[i] && !caption.has(i) && isHeadline(md(lines[i]!)) && words(lines[i]!) >= 4) {
        aboveDate = i;
        break;
      }
  } else if (aboveDate >= 0 && dateLine > aboveDate && words(lines[aboveDate]!) <= 3 && firstPara > dateLine) {
    // nasa.gov's article page: a topic tag of a word or three above the date ("ISS Research"), the headline below it
    // ("Flame Burns Out on NASA’s Long-Running Spacecraft Fire Experiment"; trial 135 took the tag for the title).
    const below = lines.findIndex(
      (l, i) =>
        i > dateLine &&
        i < firstPara &&
        !caption.has(i) &&
        !isFurniture(l) &&
        isHeadline(md(l)) &&
        titleCase(l) &&
        words(l) >= 6,
    );
    if (below > 0) aboveDate = below;
  }
  // "World Bank: US Economic Growth Speeding Up" / "World Bank: US Economic Growth Speeding Upi": a video's title
  // repeats the headline below it, a player's letter run on (trial 359); the headline is the first copy.
  if (aboveDate > 0) {
    const copy = lines[aboveDate]!;
    const first = lines.slice(0, aboveDate).findIndex(
      (l, k) =>
        !!l &&
        !caption.has(k) &&
        words(l) >= 3 &&
        copy.startsWith(l) &&
        // Letters run on, not a figure: "Quake Death Toll Hits 9" is a ticker's, over "... Hits 95" (the second review).
        /^\p{Ll}{1,2}$/u.test(copy.slice(l.length)),
    );
    if (first >= 0) {
      caption.add(aboveDate);
      aboveDate = first;
    }
  }
  if (hash >= 0 && (firstPara < 0 || hash < firstPara)) titleLine = hash;
  else if (aboveDate >= 0) titleLine = aboveDate;
  else {
    for (let i = (firstPara < 0 ? lines.length : firstPara) - 1; i >= 0; i--) {
      // "West Africa Bracing for Harsh Rainy Season" / a photo's caption / "Jennifer Lazuta" / the story: VOA's byline is
      // a bare name right above the story, under the caption (trial 342 took the reporter's name for the title).
      // Only with a headline of some length above the caption: "Storm Ciaran" over the story is the headline.
      const captionAt = lines.slice(0, i).findLastIndex((l) => !!l);
      if (
        lines[i] &&
        i === firstPara - 1 &&
        PERSON_NAME_LINE.test(lines[i]!.trim()) &&
        caption.has(captionAt) &&
        lines
          .slice(0, captionAt)
          .some((l, k) => !!l && !caption.has(k) && !isFurniture(l) && isHeadline(md(l)) && words(l) >= 3)
      ) {
        caption.add(i);
        byline ??= lines[i]!.trim();
        continue;
      }
      if (lines[i] && !caption.has(i) && isHeadline(md(lines[i]!))) {
        titleLine = i;
        break;
      }
    }
    // "Federal Politics" / "Australian Liberal party change leader, ...: Turnbull replaces Abbott" / "Image Credit: Eva
    // Rinaldi": a section's label of a word or three over the headline, which a credit two lines below had taken for
    // its photo's caption (trial 270 titled its bank "Federal Politics"). A caption says what a picture shows.
    const below = titleLine >= 0 && SECTION_LABEL.test(lines[titleLine]!.trim()) ? titleLine + 1 : -1;
    const next = below > 0 ? lines.findIndex((l, i) => i >= below && !!l) : -1;
    if (
      next > 0 &&
      (firstPara < 0 || next < firstPara) &&
      caption.has(next) &&
      words(lines[next]!) >= 5 &&
      isHeadline(md(lines[next]!)) &&
      !PICTURE_WORDS.test(lines[next]!)
    ) {
      caption.delete(next);
      titleLine = next;
    }
  }
  // A deck under the headline, taken for the title: the headline is the nearest line above it that reads as one.
  const lineAbove = (k: number) => lines.slice(0, k).findLastIndex((l) => !!l);
  const headlineAt = (k: number, minWords: number) =>
    k >= 0 && !caption.has(k) && words(lines[k]!) >= minWords && isHeadline(md(lines[k]!));
  // "Warmer air and sea, declining ice continue to trigger Arctic change" / "See how the region scored in the 2015 Arctic
  // Report Card" / the story: a line that bids the reader look or read on is the deck (trial 418 took it for the title
  // and left the headline out as furniture).
  if (
    titleLine > 0 &&
    /^(?:See|Watch|Read|Learn|Find out|Discover|Explore|Hear|Listen to)\s/.test(lines[titleLine]!.trim()) &&
    headlineAt(lineAbove(titleLine), 3)
  )
    titleLine = lineAbove(titleLine);
  // "Nov 05, 2014" / "National Water Use at Lowest Levels in 45 Years" / "Numbers show positive trends in conservation" /
  // the story: a headline in Title Case of five words or more, first on the page or under its date, over a line in
  // sentence case, which is the deck (trial 436 took the deck for the title).
  if (titleLine > 0 && !titleCase(lines[titleLine]!)) {
    const above = lineAbove(titleLine);
    const top = above >= 0 ? lineAbove(above) : -1;
    if (headlineAt(above, 5) && titleCase(lines[above]!) && (top < 0 || DATE_LINE.test(lines[top]!))) titleLine = above;
  }
  // VOA's page: the headline is the first line under the "Breaking News" bar, whatever the picture's caption and the
  // audio player's title print between it and the story (trial 297 took the player's title, "American Art in Unusual
  // Spaces for Nationwide Campaign", over "Americans Look for Art Everywhere").
  const bar = lines.findIndex((l, i) => /^breaking news$/i.test(l) && (firstPara < 0 || i < firstPara));
  if (hash < 0 && bar >= 0) {
    // The first line under it that reads as a headline of three words or more: not a section's label ("Learning
    // English") nor a byline's bare name ("Dan Friedell"), which stand over or under the headline (the reviews).
    const under = lines.findIndex(
      (l, i) =>
        i > bar &&
        (firstPara < 0 || i < firstPara) &&
        !!l &&
        words(l) >= 3 &&
        !isFurniture(l) &&
        !SECTION_LABEL.test(l.trim()) &&
        isHeadline(md(l)),
    );
    if (under > 0 && under < titleLine) {
      caption.delete(under);
      titleLine = under;
    }
  }
  // Wikinews: the headline stands above the site's tagline, past the "Jump to ..." links, whatever stands below it (a
  // digest's first story's heading sits between the tagline and the first paragraph; trial 204).
  const tagline = lines.findIndex((l) => /^from wikinews, the free news source\b/i.test(l));
  if (hash < 0 && tagline > 0 && (firstPara < 0 || tagline < firstPara))
    for (let i = tagline - 1; i >= 0; i--)
      if (lines[i] && !isFurniture(lines[i]!)) {
        if (isHeadline(md(lines[i]!))) titleLine = i;
        break;
      }
  // "Home » Rise of carbon dioxide unabated" / "Rise of carbon dioxide unabated" / "Seasonal peak reaches 417 parts per
  // million ...": a page's trail of links ends on the story's headline, which the line after it prints; the line below
  // that is the deck (trial 368 titled its bank with the deck).
  if (hash < 0) {
    const trail = lines.findIndex(
      (l, i) =>
        (firstPara < 0 || i < firstPara) && /^[^»›>]{2,40}(?:\s[»›>]\s[^»›>]{2,80})+$/u.test(l) && l.length <= 200,
    );
    const last =
      trail >= 0
        ? lines[trail]!.split(/\s[»›>]\s/)
            .at(-1)!
            .trim()
        : '';
    const at = last ? lines.findIndex((l, i) => i > trail && (firstPara < 0 || i < firstPara) && l === last) : -1;
    // The trail's last item is the headline only right above the deck taken for it; a section's label there ("Home ›
    // News › Climate and Environment" / "Climate and Environment" / headline / deck) leaves the headline between them
    // (the review of s31), which is the line right above the deck.
    let above = titleLine - 1;
    while (above > at && !lines[above]) above--;
    if (at > 0 && at < titleLine && above === at && words(last) >= 3 && isHeadline(md(last))) {
      caption.delete(at);
      titleLine = at;
    } else if (
      at > 0 &&
      above > at &&
      words(lines[above]!) >= 3 &&
      !caption.has(above) &&
      isHeadline(md(lines[above]!))
    ) {
      caption.add(titleLine);
      titleLine = above;
    }
  }
  // No headline above the story (a paste that began at the lede): its first paragraph stands as the title, as a bank's
  // article has it, and the author is told (trial 302's copy began "MADISON, Wis. — Mexican free-tailed bats ...").
  let noHeadline: Layout['noHeadline'];
  if (titleLine < 0) {
    titleLine = lines.findIndex((l) => l && !isFurniture(l));
    // Only a paragraph below the page's lines or opening on a dateline: a paste's first line is its headline, full
    // stop or not ("Mayor Tom Greer resigns after a state audit finds missing funds."; the review's counterexample).
    const firstLine = lines.findIndex((l) => !!l);
    if (
      titleLine >= 0 &&
      isParagraph(md(lines[titleLine]!)) &&
      (titleLine > firstLine ||
        DATELINE.test(lines[titleLine]!) ||
        // A first line of several sentences is a paragraph, whatever stands above it.
        /[.!?]["”’]?\s+\p{Lu}/u.test(lines[titleLine]!) ||
        // So is one long sentence with a full stop (20 words or more): a headline with a full stop is short ("Mayor Tom Greer resigns after a state audit
        // finds missing funds."); "NOAA and its research partners are forecasting a moderate ... this summer." is a lede
        // (trial 349's title, with no fact drafted from it and no word said).
        (words(lines[titleLine]!) >= 20 &&
          /\.["”’]?$/.test(lines[titleLine]!) &&
          // A lede says when or who said so; a headline does not ("... this summer.", "..., officials said on Monday.").
          // Nor does a headline open on a phrase before a comma, nor run to 25 words ("Using a combination of survey data
          // and laboratory studies, NOAA Fisheries scientists identified ..."; trial 404 took it for the headline).
          (LEDE_WORDS.test(lines[titleLine]!) ||
            words(lines[titleLine]!) >= 25 ||
            /^\p{Lu}[^,]{10,120},\s+\p{L}/u.test(lines[titleLine]!) ||
            !retold(lines[titleLine]!, lines.slice(titleLine + 1).find((l) => !!l) ?? ''))))
    ) {
      // The site's banner stands in for the headline rather than the lede, which then stays the story's (retrial 302:
      // the lede as title left no fact on it).
      const banner = lines.slice(0, titleLine).findLastIndex((l) => SITE_BANNER.test(l));
      noHeadline = banner >= 0 ? 'banner' : 'lede';
      if (banner >= 0) titleLine = banner;
    } else if (titleLine >= 0 && DATE_LINE.test(lines[titleLine]!)) {
      // "Saturday, January 25, 2020" over a copy with no headline: the date stands as the title, and the author is told
      // (retrial 332 found the title silently a date). It is the story's date too.
      noHeadline = 'date';
      date = repostDate(lines[titleLine]!)?.date ?? lines[titleLine]!;
    }
  }
  // A dek: the sentence between the headline and its byline ("Election officials have yet to announce ...",
  // then "By Sun Narin | VOA Khmer | July 29, 2018"). It sums the story up in the site's words; the story
  // starts after the byline (trial 22 took the dek for the lede).
  const bylineAt = lines.findIndex(
    (l, i) => i > titleLine && i <= titleLine + 6 && /^(?:by|written by|story by)\s/i.test(l) && isFurniture(l),
  );
  const dek = new Set<number>();
  if (bylineAt > 0 && firstPara >= 0 && firstPara < bylineAt) {
    for (let i = titleLine + 1; i < bylineAt; i++) if (lines[i]) dek.add(i);
    firstPara = lines.findIndex((l, i) => i > bylineAt && !caption.has(i) && !isFurniture(l) && isParagraph(md(l)));
  }
  // A pull quote: words the body gives again, set apart, then "— Spokesperson, NISA" on the next line (trial 17).
  // Both lines are the page's; left in, the words read as quoted twice and the attribution as a sentence.
  lines.forEach((l, i) => {
    // "— Dr. David Okello, World Health Organization Country Director": a title's full stop is no sentence's end.
    // "— President Donald J. Trump, of Judge Robart's ruling.": a closing full stop too (trial 87).
    if (!/^[—–]\s*\p{Lu}(?:[^.!?]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Rev|Jr|Sr|St|[A-Z]))\.){1,100}\.?$/u.test(l))
      return;
    caption.add(i);
    let j = i - 1;
    while (j >= 0 && !lines[j]) j--;
    // "We have attacked a ship with an American flag ..." (trial 124): a pull quote may end in an ellipsis, and
    // start with a capital the body's quotation does not have ("the sums involved are ...", trial 122).
    const words =
      j >= 0
        ? lines[j]!.replace(/^["“‘']|["”’']$/g, '')
            .replace(/\s*(?:\.{3}|…)$/, '')
            .replace(/[.!?]$/, '')
            .toLowerCase()
        : '';
    // The body may hold the words with an editor's note in brackets ("in that room [in Annapolis] that ...";
    // trial 32).
    const unbracketed = (m: string) => m.replace(/\s*\[[^\]]{1,60}\]/g, '');
    const given = (piece: string) =>
      lines.some(
        (m, k) => k !== j && (m.toLowerCase().includes(piece) || unbracketed(m).toLowerCase().includes(piece)),
      );
    // "The explosion [at the Iranian embassy] was really strong. They never kill ministers ...": the body may give the
    // words with its attribution between their sentences ('"... was really strong," said Abu Ahmed, ... "They never
    // ...'; trial 233 kept the box as a paragraph and held back every quote of it).
    const pieces = unbracketed(words)
      .split(/(?<=[.!?])\s+/)
      .map((x) => x.replace(/[.!?]$/, ''))
      .filter((x) => x.split(/\s+/).length >= 3);
    if (
      j >= 0 &&
      // The attribution may stand a blank line below its words (trial 32).
      i - j <= 2 &&
      words.length >= 20 &&
      (given(words) || (pieces.length >= 2 && pieces.every(given)))
    )
      caption.add(j);
  });
  // A reader box ("HAVE YOUR SAY" ... "Add or view comments"): the question it puts to readers is the site's. So is
  // a release's boilerplate below.
  const readerBox = new Set<number>();
  lines.forEach((l, i) => {
    if (!/^have your say\b/i.test(l)) return;
    const end = lines.findIndex((m, j) => j > i && j <= i + 6 && /^add or view comments\b/i.test(m));
    for (let k = i + 1; k < end; k++) readerBox.add(k);
  });
  // "More About the Mission" and what follows it: a release's standing words on who built and runs a mission, the
  // same under every story of that mission (trial 238 drafted two claims and three wrong names from them).
  // Title case, as the release sets it: "More about the evacuation" is a story's own subhead (the review's counterexample).
  const aboutAt = lines.findIndex(
    (l, i) =>
      firstPara >= 0 &&
      i > firstPara &&
      /^More About (?:the )?(?:\p{Lu}[\p{L}-]*\s+)*(?:Mission|Missions|Spacecraft|Program|Programme|Telescope|Observatory)$|^More About (?:the )?\p{Lu}{3,}[\p{L}-]*$/u.test(
        l,
      ),
  );
  if (aboutAt > 0) for (let k = aboutAt; k < lines.length; k++) readerBox.add(k);
  lines.forEach((l, i) => {
    if (!l || i === titleLine) return;
    const top = firstPara < 0 || i < firstPara;
    // "A compilation of brief news reports for Friday, June 8, 2007.": a digest's date line, in a sentence.
    const digestDate = DIGEST_DATE.exec(l)?.[1];
    if (top && digestDate && DATE_LINE.test(digestDate)) date ??= digestDate;
    if (DATE_LINE.test(l)) {
      if (top) {
        const repost = repostDate(l);
        if (repost) {
          date ??= repost.date;
          if (repost.byline) byline ??= repost.byline;
          add(l);
          return;
        }
        // "April 24th, 2017 by Kathryn Hansen": the day, and the byline after it.
        const [day, author] = l.replace(/^\p{Lu}[\p{L} ]{2,40}:\s+(?=\p{L})/u, '').split(/\s+by\s+(?=\p{Lu})/u);
        // A feed's "USGS Newsroom - Tue, 04/28/2015 - 09:00": the day alone, in words where it reads one way.
        const slashed = /\b\d{2}\/\d{2}\/\d{4}\b/.exec(l)?.[0];
        // "February 23, 2010 by · Leave a Comment": a blog's date line with no author's name.
        date ??= slashed ? (slashDateInWords(slashed) ?? slashed) : day?.replace(/\s+by\b.*$|\s*[·|].*$|\s+[-–—]$/, '');
        if (author) byline ??= author;
        add(l);
      }
      return;
    }
    const by = /^(?:by|written by|story by)\s+(.+)$/i.exec(l);
    const parts = by?.[1]!.split(/\s*[|·•]\s*/) ?? [];
    const byWho = parts[0];
    if (top && by && byWho && words(byWho) <= 5) {
      byline ??= byWho;
      // "By Sun Narin | VOA Khmer | July 29, 2018": the date the byline carries is the story's.
      date ??= parts.slice(1).find((p) => DATE_LINE.test(p));
    }
    // Above the headline everything is page furniture; between it and the first paragraph, any line
    // that is not a paragraph; below, only lines of a known shape and photo captions.
    if (
      i < titleLine ||
      (top && !isParagraph(md(l)) && !isShortStatement(md(l))) ||
      caption.has(i) ||
      dek.has(i) ||
      readerBox.has(i) ||
      isFurniture(l) ||
      isBareCaption(l) ||
      // A line standing alone between blank lines below the story's start, "Cretaceous snake fossil." where the picture
      // was (trial 352 kept it as a sentence of the story).
      (i > firstPara && firstPara >= 0 && !lines[i - 1] && !lines[i + 1] && isLoneCaption(l))
    )
      add(l);
  });
  // After "Sources", "Categories" or a release's "Media Contacts" at the end of a page, what follows is the
  // site's, not the article's (the contacts' names, bodies and phones are never joined into a name).
  const tailStart = lines.findIndex((l, i) => i > firstPara && firstPara >= 0 && TAIL_HEADING.test(l));
  // Under "Sources", a citation is the site's whatever its length: 'Bruce Kennedy. "School of the Americas". CNN
  // Interactive.' (trial 39 drafted a figure and three names from such lines).
  // A statement's title runs long: '"Statement of the Ministry of Foreign Affairs ... of the Philippines". Ministry of
  // Foreign Affairs of the People's Republic of China, July 12, 2016.' (trial 52).
  const citation = /^(?:[^"“”]{2,80}\.\s+)?["“][^"“”]{2,500}["”]\.?\s+[^"“”]{2,200}$/;
  // Under "External link" or "References", every line is a link or a citation, an author list of twenty-five
  // names too (trial 56 drafted seventeen people from one).
  // nasa.gov's "Citations:", numbered papers with their DOIs (trial 213 drafted seventeen facts and five names from them).
  // "YOU MAY ALSO LIKE" over other stories' teasers (trial 352 drafted a set from one).
  const LINKS_HEADING =
    /^(?:external\s+links?|references|citations?\s*:?|see also|further reading|related (?:news|stories|articles)|you (?:may|might) also like|what to read next)$/i;
  let stories = 1;
  if (tailStart >= 0) {
    // A digest of several stories (Wikinews Shorts), each with its own "Sources": a sub-heading over a paragraph of the
    // story's, with sources still to come further down, is the next story, not the last one's list (trials 202-204 lost
    // three stories' headings and sentences, "Related news" above one having taken all that followed).
    const lastSources = lines.findLastIndex((l) => /^sources?$/i.test(l));
    const nextStory = (i: number): boolean => {
      const l = lines[i]!;
      if (i >= lastSources || !isHeadline(md(l)) || citation.test(l) || TAIL_HEADING.test(l)) return false;
      let k = i + 1;
      while (k < lines.length && !lines[k]) k++;
      return k < lastSources && isParagraph(md(lines[k]!)) && !citation.test(lines[k]!) && !isFurniture(lines[k]!);
    };
    let allSite = false;
    for (let i = tailStart; i < lines.length; i++) {
      if (lines[i] && nextStory(i)) {
        stories++;
        allSite = false;
        // The story runs to its own sources' heading.
        while (i + 1 < lines.length && !TAIL_HEADING.test(lines[i + 1] ?? '')) i++;
        continue;
      }
      allSite ||= LINKS_HEADING.test(lines[i] ?? '');
      if (lines[i] && (allSite || !isParagraph(md(lines[i]!)) || citation.test(lines[i]!))) add(lines[i]!);
    }
  }
  // A digest's first story has its heading too, between the page's headline and its first paragraph, where short lines
  // are the page's: it stays, as the others do.
  if (stories > 1 && firstPara > 0) {
    let k = firstPara - 1;
    while (k > titleLine && !lines[k]) k--;
    const at =
      k > titleLine && !caption.has(k) && !isFurniture(lines[k]!) && isHeadline(md(lines[k]!))
        ? out.indexOf(lines[k]!)
        : -1;
    if (at >= 0) out.splice(at, 1);
  }
  // After a wiki's "Retrieved from ..." or "Categories: ..." line the page is the site's, sentences and all.
  const wikiTail = lines.findIndex(
    // nasa.gov's "Related Terms" list and its footer ("NASA explores the unknown ...") too (trial 21).
    // A project page's "About the Project" and "Project credits" (trial 22).
    (l, i) =>
      i > firstPara &&
      firstPara >= 0 &&
      /^(?:retrieved from\b|categories\s*:|related terms$|about (?:the|this) (?:project|series)$|project credits$)/i.test(
        l,
      ),
  );
  if (wikiTail >= 0) for (let i = wikiTail; i < lines.length; i++) if (lines[i]) add(lines[i]!);
  // After a news site's sign-off ("I’m Jill Robbins. And I’m Andrew Smith.", "Andrew Smith wrote this story for
  // VOA Learning English.") the page is the site's: its call to readers, its comment system's instructions
  // ("They are for Disqus, Facebook, Twitter and Google."; trial 29) and its glossary.
  // Only past the story: "I’m June Simms." under "Welcome to American Mosaic ..." opens a programme, and the story
  // follows it (trial 297 lost every paragraph). More of the story's paragraphs stand above a sign-off than below it.
  // Not a glossary's entries ("species – n. a group of animals ...") nor anything under "Words in This Story".
  const glossaryAt = lines.findIndex((l, i) => i > firstPara && /^words in this story$/i.test(l.trim()));
  // Its entries are the page's whatever follows them: no sign-off above (the review of s30 read three as a paragraph).
  if (glossaryAt >= 0)
    for (let i = glossaryAt + 1; i < lines.length; i++) if (GLOSSARY_ENTRY.test(lines[i]!)) add(lines[i]!);
  const storyLines = (from: number, to: number) =>
    lines
      .slice(from, glossaryAt > from ? Math.min(to, glossaryAt) : to)
      .filter(
        (l, k) =>
          l &&
          !isFurniture(l) &&
          !caption.has(from + k) &&
          isParagraph(md(l)) &&
          !GLOSSARY_ENTRY.test(l) &&
          !/^start the quiz\b/i.test(l),
      ).length;
  const signOff = lines.findIndex(
    (l, i) =>
      i > firstPara &&
      firstPara >= 0 &&
      isFurniture(l) &&
      (/^[Ii]['’]m\s+\p{Lu}/u.test(l) || isCreditLine(l)) &&
      storyLines(firstPara, i) >= storyLines(i + 1, lines.length),
  );
  if (signOff >= 0) for (let i = signOff; i < lines.length; i++) if (lines[i]) add(lines[i]!);
  // "FROM TORNADOES TO TSUNAMIS," / "NOAA WANTS NATION TO BE STORMREADY": a headline in capitals over two lines, the
  // first ending on its comma (trial 362 kept only the second).
  const upper = (l: string | undefined) => !!l && /\p{Lu}{3}/u.test(l) && !/\p{Ll}/u.test(l);
  const headlineStart =
    titleLine > 0 &&
    upper(lines[titleLine]) &&
    upper(lines[titleLine - 1]) &&
    /,$/.test(lines[titleLine - 1]!.trim()) &&
    // Not a dateline's "WASHINGTON,", a bar's "BREAKING NEWS," or a byline (the third review).
    words(lines[titleLine - 1]!) >= 3 &&
    !/^BY\s/.test(lines[titleLine - 1]!.trim()) &&
    !isFurniture(lines[titleLine - 1]!.replace(/,\s*$/, ''))
      ? titleLine - 1
      : titleLine;
  // No headline: the lede's first sentence stands as the title, without its full stop, and the lede stays the story's
  // first paragraph (parseArticle tells it from a headline by that stop; trial 380 lost every fact of its lede).
  const ledeSentences = noHeadline === 'lede' ? splitSentences(md(lines[titleLine] ?? '').replace(DATELINE, '')) : [];
  // Only a lede parseArticle will read as one: several sentences, or one long one.
  const ledeTitle =
    ledeSentences.length >= 2 || (ledeSentences[0] ?? '').split(/\s+/).length >= 14
      ? ledeSentences[0]?.replace(/[.!?…]+["”’)]*$/u, '').trim()
      : undefined;
  const title = ledeTitle
    ? ledeTitle.slice(0, 300)
    : (headlineStart < titleLine ? `${lines[headlineStart]!.trim()} ` : '') +
      md(lines[titleLine] ?? '')
        // "Research in Microgravity: Higher, Faster, Longer - NASA": the site's name a browser's title bar adds (trial 211).
        .replace(
          /\s+[-–|]\s+(?:NASA|NOAA|USGS|VOA|Voice of America|VOA Learning English|Wikinews|Census\.gov|U\.S\. Census Bureau)$/,
          '',
        )
        // "ECONOMICS REPORT - Inflation and the U.S. Consumer Price Index - 2004-05-21": VOA Special English's archive
        // heading, its section and date around the headline (trial 322).
        .replace(/^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}\s+[-–]\s+(.+?)\s+[-–]\s+\d{4}-\d{2}-\d{2}$/u, '$1')
        // "1. NASA’s OSIRIS-REx Spacecraft Enters Close Orbit ...": a news list's number before the headline (trial 402).
        .replace(/^\d{1,2}\.\s+(?=\p{Lu})/u, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 300);
  return {
    title,
    titleLine,
    furniture: [...new Set(out.flatMap((l) => rawOf.get(l) ?? [l]))],
    ...(date ? { date } : {}),
    ...(byline ? { byline } : {}),
    stories,
    ...(noHeadline ? { noHeadline } : {}),
  };
}

/** The furniture lines of a text, trimmed and without repeats, in reading order. */
export function findFurniture(text: string): string[] {
  return readLayout(text).furniture;
}

/**
 * A dateline opening a story: a place in capitals, maybe an agency, then a dash ("OSLO —", "WASHINGTON (AP) —"),
 * or a place and its province in capitals with no dash, as a copy drops the site's separator ("ARIKSAT
 * COMMUNE, KANDAL PROVINCE While millions ..."; trial 22).
 */
/** A broadcast transcript's speaker label before a quotation: "URLICH: “The whole town ...”" (trial 301). */
// "ALAN BOWERS JR.:" too (trial 333 drafted a body "ALAN BOWERS JR").
export const TRANSCRIPT_LABEL = /^(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){0,2}(?:\s+(?:JR|SR)\.?)?):\s+(?=["“])/u;

// "MADISON, Wis. —", "ST. PAUL, Minn. —", "KYIV, Ukraine (AP) —": a state written as AP writes it, or a country, after
// the city (trial 302 made "MADISON" a body); not "BTS, Blackpink —" (the review's counterexample).
const STATE_OR_COUNTRY = String.raw`\p{Lu}\p{Ll}{0,4}\.(?:\s?\p{Lu}\.)?|(?:\p{Lu}\.){2}|Texas|Ohio|Iowa|Utah|Maine|Alaska|Hawaii|Idaho|${[
  ...COUNTRIES,
]
  .filter((c) => /^[\p{L} ]+$/u.test(c))
  .join('|')}`;
// "London, England — The Australian women's team ...": a city in capitals and small letters, its country or state, then
// a dash of a sentence's width (trial 354's main idea began "London, England").
// "WASHINGTON, June 22, 2017 /PRNewswire-USNewswire/ -- The nation's ...": a wire release's city, date and wire
// (trial 396 had them in its title and main idea).
export const DATELINE = new RegExp(
  // "DEC. 15, 2020 — The U.S. Census Bureau released ...": a release's date alone before the dash (trial 424).
  String.raw`^(?:${MONTH}\s+\d{1,2},\s+\d{4}\s*[—–]{1,2}\s+(?=\p{Lu})|\p{Lu}[\p{Lu} .'’-]{1,40},\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}\s*(?:\/[^/]{2,40}\/)?\s*[—–-]{1,2}\s+(?=\p{Lu})|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s+(?:${STATE_OR_COUNTRY})\s+[—–]\s+(?=\p{Lu})|\p{Lu}[\p{Lu} .,'’-]{1,40}?(?:(?:,\s+(?:${STATE_OR_COUNTRY}))?(?:\s*\([^)]{1,30}\))?\s+[—–-]{1,2}\s+|,\s+(?:${STATE_OR_COUNTRY})[—–]{1,2}\s*(?=\p{Lu}))|\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){0,4},\s\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){0,4}\s+(?=\p{Lu}\p{Ll}))`,
  'u',
);

/**
 * A sentence of a caption's shape: one, short, a participle in it and no word of a verb of its own ("An actor playing
 * Juan Valdez at the National Coffee Park in Montenegro, Colombia."). A plural noun reads as a verb here, and a lede
 * of irregular past ("A powerful earthquake hit central Mexico on Tuesday.") has no participle: the test errs to keep.
 */
function verbless(line: string): boolean {
  if (!/^\p{Lu}[^"“”]{10,200}\.$/u.test(line) || /[.!?]\s+\p{Lu}/u.test(line.slice(0, -1)) || words(line) > 25)
    return false;
  const finite = (w: string) =>
    /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|said|says|hit|broke|struck|fell|won|lost|began|came|went|made|took|gave|left|led|met|ran|rose|saw|sent|set|shot|told|got|held|kept|put|cut|shut|spread|quit)$|(?:ed|s)$/.test(
      w,
    );
  const lowerOf = (text: string) => text.split(/[\s,;:()]+/).filter((w) => /^\p{Ll}/u.test(w));
  // "The US Senate Report on CIA Detention Interrogation Program that details the use of torture ...": a name, then a
  // clause of what it does, and no verb of its own (trial 422 drafted the main idea from it).
  const named =
    /^(?:The|A|An)\s+((?:\p{Lu}[\p{L}.'’-]*|of|on|for|and|the|in|to|at)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|on|for|and|the|in|to|at))+)\s+(?:that|which)\s+\p{Ll}+\s+(.*)\.$/u.exec(
      line,
    );
  // A past tense no rule of `finite` reads ("The Senate Intelligence Committee that wrote the report found no evidence
  // ...") is the sentence's own verb: no caption.
  const irregular = (w: string) =>
    /^(?:found|won|held|told|gave|began|became|came|went|saw|knew|thought|brought|bought|sold|built|sent|spent|left|lost|met|paid|ran|rose|said|took|wrote|made|fell|led|kept|got|drew|grew|chose|stood|sat|hit|set|put|cut|shut|struck|fought|caught|taught|felt|heard|meant|read)$/.test(
      w,
    );
  if (named && /\s\p{Lu}/u.test(` ${named[1]!}`) && !lowerOf(named[2]!).some((w) => finite(w) || irregular(w)))
    return true;
  // The first word opens the line in capitals, so only the words after it are read.
  const lower = lowerOf(line.slice(0, -1));
  return lower.some((w) => /\p{Ll}{3,}ing$/u.test(w)) && !lower.some((w) => finite(w) || irregular(w));
}
