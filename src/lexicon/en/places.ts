/** The fifty US states, shared by the lexicons that weigh where a story is set or what a name locates. */
export const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
  "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
  "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
  "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
  "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
];

/** The states as the AP abbreviates them after a city ("Richmond, Va."), and Canada's provinces likewise. */
export const STATE_ABBREVIATIONS = [
  "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.",
  "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.",
  "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "Ont.", "Que.", "Alta.", "Sask.", "Man.", "B.C.",
];

/** Countries and regions outside the anglophone ones (those are in PLACE_NAMES with their states): where a story is set, never a body. */
export const COUNTRIES = [
  "Germany", "France", "Austria", "Switzerland", "Italy", "Spain", "Portugal", "Netherlands", "Belgium", "Luxembourg", "Sweden",
  "Norway", "Denmark", "Finland", "Iceland", "Poland", "Czech Republic", "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria",
  "Greece", "Croatia", "Slovenia", "Serbia", "Estonia", "Latvia", "Lithuania", "Ukraine", "Russia", "Turkey", "Israel", "Egypt",
  "Saudi Arabia", "United Arab Emirates", "Qatar", "India", "Pakistan", "Bangladesh", "Sri Lanka", "China", "Japan", "South Korea",
  "Taiwan", "Hong Kong", "Singapore", "Malaysia", "Indonesia", "Thailand", "Vietnam", "Philippines", "Brazil", "Mexico", "Argentina",
  "Chile", "Colombia", "Peru", "South Africa", "Nigeria", "Kenya", "Europe", "Asia", "Africa", "Latin America", "European Union",
];
