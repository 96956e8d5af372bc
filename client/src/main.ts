document.getElementById("app")!.textContent = "Knowledge-graph explorer";
