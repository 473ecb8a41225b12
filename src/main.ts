import "./app/cp-app.js";
